/** The plan: the model the wizard fills, its derived values, its checks and its file format. */
package dev.offboard.plan;
