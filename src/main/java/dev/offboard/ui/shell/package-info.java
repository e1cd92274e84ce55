/** The window and the app around the wizard: start-up, the main window, menus, saving, autosave and recovery, failures, settings and dialogs. */
package dev.offboard.ui.shell;
