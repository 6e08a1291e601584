/** Spring Boot auto-configuration of the Hetzner images client. */
package io.github.hetznerimages.autoconfigure;
