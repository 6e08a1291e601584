/** The job's command line: the sub-commands, their parser and the usage text. */
package io.github.hetznerimages.sample.cli;
