package dev.offboard.render;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;

/**
 * The sRGB colour profile that PDF/A asks every document to declare as its output intent,
 * taken from the JDK rather than shipped as a file. Read once; the bytes are never changed.
 *
 * <p>This is the only class of the render layer that imports {@code java.awt}, and only
 * {@code java.awt.color}, which draws nothing and needs no display (see
 * {@code docs/decisions/0001-srgb-profile-from-the-jdk.md}).
 */
final class ColorProfile {

    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private ColorProfile() {
    }

    /** The ICC sRGB profile's bytes; the same array each time, which callers must not change. */
    static byte[] srgb() {
        return SRGB;
    }
}
