/** The Swing wizard: the window, the six steps and their presentation models. */
package dev.offboard.ui;
