/** The entry point: the command line when given arguments, else the desktop app. */
package dev.offboard.app;
