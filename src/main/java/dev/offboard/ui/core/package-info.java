/** What every UI package uses: the plan being edited and its undo history, messages, formats, field problems, background tasks and timers. */
package dev.offboard.ui.core;
