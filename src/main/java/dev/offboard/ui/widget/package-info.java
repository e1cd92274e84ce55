/** Reusable Swing pieces the steps and the window are built from: forms, date fields, tables of rows, previews, wrapping labels. */
package dev.offboard.ui.widget;
