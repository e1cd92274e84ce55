/**
 * The Swing wizard, in four layers that depend one way only (held by {@code UiArchitectureTest}):
 * {@code shell} (the window and the app) uses {@code step} (the six steps and their models),
 * which uses {@code widget} (reusable Swing pieces), which uses {@code core} (the plan being
 * edited, messages, background tasks).
 */
package dev.offboard.ui;
