package io.experiencelake.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code lake preview}: loopback only, read-only, only files under the output folder, reload on render. */
class PreviewTests {

  /** The status code and body of a raw HTTP/1.1 request: the path goes out exactly as given, {@code ..} and all. */
  static String[] request(int port, String method, String rawPath, String host) throws IOException {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write((method + " " + rawPath + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      String status = response.substring(9, 12);
      int body = response.indexOf("\r\n\r\n");
      return new String[] {status, body < 0 ? "" : response.substring(body + 4), response.substring(0, Math.max(0, body))};
    }
  }

  static String[] get(PreviewServer server, String rawPath) throws IOException {
    return request(server.address().getPort(), "GET", rawPath, "127.0.0.1:" + server.address().getPort());
  }

  @Nested
  class Server {

    /** An output folder with a page, a document, a subfolder, a symbolic link out and one within; a secret beside it. */
    Path site(Path folder) throws IOException {
      Path site = Files.createDirectories(folder.resolve("site"));
      Files.writeString(folder.resolve("secret.txt"), "secret");
      Files.writeString(site.resolve("cv.md"), "# CV\n");
      Files.createDirectories(site.resolve("portfolio"));
      Files.writeString(site.resolve("portfolio/index.html"), "<html><body><p>entries</p></body></html>");
      Files.createSymbolicLink(site.resolve("out.txt"), folder.resolve("secret.txt"));
      Files.createSymbolicLink(site.resolve("in.md"), site.resolve("cv.md"));
      return site;
    }

    @Test
    void servesFilesUnderTheFolderOnALoopbackAddressAndAddsTheReloadScriptToPages(@TempDir Path folder) throws IOException {
      try (PreviewServer server = PreviewServer.start(InetAddress.getLoopbackAddress(), 0, site(folder))) {
        String[] cv = get(server, "/cv.md");
        String[] page = get(server, "/portfolio/");
        String[] listing = get(server, "/");

        assertThat(server.address().getAddress().isLoopbackAddress()).isTrue();
        assertThat(cv[0]).isEqualTo("200");
        assertThat(cv[1]).isEqualTo("# CV\n");
        assertThat(cv[2]).containsIgnoringCase("content-type: text/plain; charset=utf-8").containsIgnoringCase("x-content-type-options: nosniff");
        assertThat(page[0]).isEqualTo("200");
        assertThat(page[1]).isEqualTo("<html><body><p>entries</p><script src=\"/_lake/reload.js\"></script>\n</body></html>");
        assertThat(listing[1]).contains("href=\"/cv.md\"").contains("href=\"/portfolio/index.html\"")
            .doesNotContain("secret").doesNotContain("out.txt");
      }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/../secret.txt", "/portfolio/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt",
        "/portfolio/%2e%2e/%2e%2e/secret.txt", "/..%2fsecret.txt", "/%2e%2e%5csecret.txt", "/out.txt", "/in.md",
        "/cv.md%00.html", "/./cv.md", "/nowhere.md", "/portfolio/missing/"})
    void answers404ForAnythingButAFileUnderTheFolder(String path, @TempDir Path folder) throws IOException {
      try (PreviewServer server = PreviewServer.start(InetAddress.getLoopbackAddress(), 0, site(folder))) {
        String[] response = get(server, path);

        assertThat(response[0]).as(path).isEqualTo("404");
        assertThat(response[1]).doesNotContain("secret");
      }
    }

    @Test
    void refusesToWriteAndToAnswerAnotherHost(@TempDir Path folder) throws IOException {
      Path site = site(folder);
      try (PreviewServer server = PreviewServer.start(InetAddress.getLoopbackAddress(), 0, site)) {
        int port = server.address().getPort();

        for (String method : new String[] {"PUT", "POST", "DELETE"}) {
          assertThat(request(port, method, "/cv.md", "127.0.0.1:" + port)[0]).isEqualTo("405");
        }
        assertThat(request(port, "GET", "/cv.md", "attacker.example:" + port)[0]).isEqualTo("403");
        assertThat(request(port, "GET", "/cv.md", "localhost:" + port)[0]).isEqualTo("200");
        assertThat(Files.readString(site.resolve("cv.md"))).isEqualTo("# CV\n");
      }
    }

    @Test
    void refusesAnAddressOtherThanLoopback(@TempDir Path folder) {
      assertThatThrownBy(() -> PreviewServer.start(InetAddress.getByName("0.0.0.0"), 0, folder))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tellsOpenPagesToReloadAfterEachRender(@TempDir Path folder) throws IOException {
      try (PreviewServer server = PreviewServer.start(InetAddress.getLoopbackAddress(), 0, site(folder));
           Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.address().getPort())) {
        socket.setSoTimeout(10_000);
        socket.getOutputStream().write(("GET /_lake/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while (!(line = in.readLine()).contains(": watching")) {
          assertThat(line).doesNotContain("data:");
        }

        server.reload();

        while (!(line = in.readLine()).startsWith("data:")) {
          assertThat(line).doesNotStartWith("data:");
        }
        assertThat(line).isEqualTo("data: rendered");
      }
    }
  }

  @Nested
  class Command {

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "192.168.1.10", "::", "example.org"})
    void refusesABindAddressOtherThanLoopback(String address, @TempDir Path folder) {
      Workspace w = Workspace.in(folder);

      Cli.Run run = Cli.run("preview", w.file(), "--bind", address, "--port", "0");

      assertThat(run.exitCode()).isEqualTo(LakeCli.USAGE);
      assertThat(run.err()).contains("the preview serves this machine only");
    }

    @Test
    void rendersServesAndStopsWhenInterrupted(@TempDir Path folder) throws Exception {
      Workspace w = Workspace.in(folder);
      Path out = folder.resolve("out");
      StringWriter stdout = new StringWriter();
      int[] code = {-1};
      Thread preview = new Thread(() -> code[0] = LakeCli.run(Cli.ENVIRONMENT, new PrintWriter(stdout, true), new PrintWriter(new StringWriter(), true),
          "preview", w.file(), "--port", "0", "--out", out.toString(), "--to", "cv,portfolio"));
      preview.start();
      try {
        WatchTests.await("the preview to serve", () -> stdout.toString().contains("watching "));
        Matcher url = Pattern.compile("serving http://127\\.0\\.0\\.1:(\\d+)/").matcher(stdout.toString());
        assertThat(url.find()).as(stdout.toString()).isTrue();
        int port = Integer.parseInt(url.group(1));

        assertThat(request(port, "GET", "/cv.md", "127.0.0.1:" + port)[1]).isEqualTo(Files.readString(out.resolve("cv.md")));
        assertThat(request(port, "GET", "/portfolio/index.html", "127.0.0.1:" + port)[1]).contains("/_lake/reload.js");
      } finally {
        preview.interrupt();
        preview.join(WatchTests.BOUND.toMillis());
      }
      assertThat(preview.isAlive()).isFalse();
      assertThat(code[0]).isZero();
    }
  }
}
