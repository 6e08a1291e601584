/** The job: runs the parsed command against the images services and reports the outcome and exit code. */
package io.github.hetznerimages.sample.job;
