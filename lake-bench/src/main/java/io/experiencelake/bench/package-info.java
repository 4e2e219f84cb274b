/**
 * JMH benchmarks of Experience Lake, and small command-line tools that measure hashing throughput, load heap and the renderers' cost.
 */
package io.experiencelake.bench;
