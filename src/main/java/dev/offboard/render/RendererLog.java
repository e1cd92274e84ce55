package dev.offboard.render;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;

/**
 * Keeps openhtmltopdf's log lines off the user's terminal. Its diagnostics still reach each
 * render's diagnostic consumer (turning logging off entirely would silence those too, and
 * with them the font checks), they are just not printed.
 */
final class RendererLog {

    private static final XRLogger SILENT = new XRLogger() {
        @Override
        public void log(String where, Level level, String msg) {
            // Not printed: problems that matter arrive as diagnostics and become RenderExceptions.
        }

        @Override
        public void log(String where, Level level, String msg, Throwable th) {
            // As above.
        }

        @Override
        public void setLevel(String logger, Level level) {
            // Nothing to set.
        }

        @Override
        public boolean isLogLevelEnabled(Diagnostic diagnostic) {
            return false;
        }
    };

    private RendererLog() {
    }

    /** Installs the silent logger; idempotent. */
    static void quiet() {
        if (XRLog.getLoggerImpl() != SILENT) {
            XRLog.setLoggerImpl(SILENT);
        }
    }
}
