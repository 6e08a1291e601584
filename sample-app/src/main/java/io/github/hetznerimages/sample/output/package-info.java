/** The job's output: the image table, the progress display, and the console it writes to. */
package io.github.hetznerimages.sample.output;
