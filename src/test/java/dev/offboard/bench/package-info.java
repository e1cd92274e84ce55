/**
 * JMH benchmarks of the render layer; run with the command in {@code docs/performance.md},
 * never as unit tests.
 */
package dev.offboard.bench;
