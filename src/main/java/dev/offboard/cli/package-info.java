/** The command line: sample, validate and render without a window. */
package dev.offboard.cli;
