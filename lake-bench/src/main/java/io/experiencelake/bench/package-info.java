/**
 * JMH benchmarks of Experience Lake, and small command-line tools that measure hashing throughput and load heap.
 */
package io.experiencelake.bench;
