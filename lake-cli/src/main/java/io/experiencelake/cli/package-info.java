/** The {@code lake} command: validate, verify, hash and import lakes from the shell or CI. */
package io.experiencelake.cli;
