/** The six wizard steps: each step's panel and the model that edits its part of the plan. */
package dev.offboard.ui.step;
