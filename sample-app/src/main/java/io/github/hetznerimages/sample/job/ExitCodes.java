package io.github.hetznerimages.sample.job;

/** The job's exit codes. */
public final class ExitCodes {

    /** The command did what it was asked. */
    public static final int SUCCESS = 0;

    /** The API refused the call or could not be reached. */
    public static final int FAILURE = 1;

    /** The command line (or a value in it) is wrong; nothing was sent. */
    public static final int USAGE = 2;

    private ExitCodes() {}
}
