/** Tests that keep the documentation honest: links resolve, code shown is the code compiled. */
package io.github.hetznerimages.sample.docs;
