/** Rendering: plan → client view → templates → email text and PDF letter, as pure steps. */
package dev.offboard.render;
