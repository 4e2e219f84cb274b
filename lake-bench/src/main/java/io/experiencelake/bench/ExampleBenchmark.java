package io.experiencelake.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How the benchmarks of the example (the seed lake, 27 entries) are measured (JMH inherits it):
 * sampling mode in milliseconds, fifteen warm-up and five measured iterations of two seconds, one
 * fork with a fixed, pre-touched 1 GiB heap. The warm-up is long because the typesetting libraries
 * (openhtmltopdf, PDFBox, POI) are a lot of code for the JIT: after ten seconds of re-rendering it
 * is still compiling on the second core, and a re-render takes about half as long again as after
 * thirty.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 15, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@State(Scope.Benchmark)
public abstract class ExampleBenchmark {}
