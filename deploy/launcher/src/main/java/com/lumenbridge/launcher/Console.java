package com.lumenbridge.launcher;

import java.io.PrintStream;

/** The launcher's voice: everything it tells the user goes through here, so commands can be tested. */
final class Console {

    private final PrintStream out;
    private final PrintStream err;

    Console(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    static Console system() {
        return new Console(System.out, System.err);
    }

    void line() {
        out.println();
        out.flush();
    }

    void line(String text) {
        out.println(text);
        out.flush();
    }

    void line(String format, Object... args) {
        line(String.format(format, args));
    }

    /** Something went wrong: goes to standard error, so scripts see it apart from normal output. */
    void problem(String text) {
        err.println(text);
        err.flush();
    }

    void problem(String format, Object... args) {
        problem(String.format(format, args));
    }
}
