/** Labels and label selectors, validated by the API's rules before any request is sent. */
package io.github.hetznerimages.labels;
