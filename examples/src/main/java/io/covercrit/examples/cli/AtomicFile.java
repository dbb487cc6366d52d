package io.covercrit.examples.cli;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so that it appears complete or not at all: the content goes to a hidden temporary
 * file beside the target, which is moved into place once written. A failed or interrupted run
 * (an exception, Ctrl-C) leaves the target as it was and removes the temporary file.
 *
 * <p>The temporary file is created readable by its owner only (on POSIX systems), and the target
 * keeps that mode: outputs hold health data.
 */
final class AtomicFile {
  private AtomicFile() {}

  /** Writes the target through {@code body}, which must not close the writer. */
  interface Body<T> {
    T writeTo(Writer out) throws IOException, InterruptedException;
  }

  /** Writes the target's bytes through {@code body}, which must not close the stream. */
  interface ByteBody<T> {
    T writeTo(OutputStream out) throws IOException, InterruptedException;
  }

  /** Writes UTF-8 text. */
  static <T> T write(Path target, Body<T> body) throws IOException, InterruptedException {
    return writeBytes(target, out -> {
      Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
      T result = body.writeTo(text);
      text.flush();
      return result;
    });
  }

  static <T> T writeBytes(Path target, ByteBody<T> body) throws IOException, InterruptedException {
    Path absolute = target.toAbsolutePath().normalize();
    Path directory = absolute.getParent();
    Path temporary = Files.createTempFile(directory, "." + absolute.getFileName() + ".", ".partial");
    // Ctrl-C runs shutdown hooks but no finally blocks.
    Thread cleanUp = new Thread(() -> deleteQuietly(temporary), "covercrit-partial-file-cleanup");
    Runtime.getRuntime().addShutdownHook(cleanUp);
    boolean moved = false;
    try {
      T result;
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary), 256 * 1024)) {
        result = body.writeTo(out);
      }
      try {
        Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
      return result;
    } finally {
      if (!moved) {
        deleteQuietly(temporary);
      }
      try {
        Runtime.getRuntime().removeShutdownHook(cleanUp);
      } catch (IllegalStateException shuttingDown) {
        // The hook is running or about to: nothing left to undo.
      }
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // Best effort: a hidden .partial file is all that can remain.
    }
  }
}
