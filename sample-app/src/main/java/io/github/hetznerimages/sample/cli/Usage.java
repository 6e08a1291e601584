package io.github.hetznerimages.sample.cli;

/** The sample job's usage text, printed for {@code --help}. */
public final class Usage {

    private Usage() {}

    /** The usage text, lines separated by {@code \n}, without a trailing newline. */
    public static String text() {
        return String.join(
                "\n",
                "Usage: sample-app [images] [--type TYPE] [--selector SELECTOR] [--architecture x86|arm]",
                "       sample-app snapshot --server ID [--label KEY=VALUE ...] [--description TEXT]",
                "       sample-app rotate --selector SELECTOR [--keep N] [--max-age AGE] [--apply]",
                "",
                "Commands:",
                "  images     list all matching images, every page (the default command)",
                "               --type          system, app, snapshot or backup; repeat or comma-separate for more",
                "               --selector      label selector, e.g. backup_type=daily or app=web,!pinned",
                "               --architecture  x86 or arm",
                "  snapshot   snapshot a server, show the progress and print the finished image",
                "               --server        id of the server (required)",
                "               --label         label of the snapshot as KEY=VALUE; repeatable",
                "               --description   description of the snapshot",
                "  rotate     of the snapshots matching the selector, keep those among the newest N or younger",
                "             than AGE and delete the others (protected snapshots are skipped); give --keep,",
                "             --max-age or both; a dry run unless --apply is given",
                "               --selector      label selector of the snapshots (required)",
                "               --keep          how many of the newest snapshots to keep, 1 or more",
                "               --max-age       keep snapshots younger than this, e.g. 30d, 12h or P30D",
                "               --apply         really delete",
                "",
                "Options for every command:",
                "  --debug    print the stack trace of a failure",
                "  --help     print this help",
                "",
                "Configuration: set HCLOUD_TOKEN (or hetzner.token) to use your Hetzner Cloud project.",
                "Without a token the job runs against a local demo API with sample data.",
                "",
                "Exit codes: 0 success, 1 the API call failed, 2 bad command line.");
    }
}
