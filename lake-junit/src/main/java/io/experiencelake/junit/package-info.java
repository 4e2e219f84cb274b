/**
 * Unit-testing a lake's claims: AssertJ assertions, soft assertions and JUnit dynamic tests backed by the evidence verifier.
 */
package io.experiencelake.junit;
