package dev.offboard.ui.widget;

/** Text made safe for Swing's HTML labels: the user's words show as typed, never as markup. */
public final class Html {

    private Html() {
    }

    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
