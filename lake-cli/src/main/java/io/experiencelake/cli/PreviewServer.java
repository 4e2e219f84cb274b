package io.experiencelake.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import org.owasp.encoder.Encode;

/**
 * Serves a render's output folder to a browser on this machine, read-only, and tells open pages to
 * reload after each render (server-sent events).
 *
 * <ul>
 *   <li>Listens on a loopback address only, and answers only requests whose {@code Host} names one
 *       (so a web page cannot reach it through a rebound DNS name).
 *   <li>{@code GET} and {@code HEAD} only; nothing it serves can write.
 *   <li>Only regular files under the folder: a path with {@code ..} (encoded or not), a backslash,
 *       a NUL or an encoded slash, and any symbolic link (in or out of the folder) get 404.
 *   <li>HTML pages get one script, {@code /_lake/reload.js}, that reloads them when
 *       {@code /_lake/events} says a render finished.
 * </ul>
 */
final class PreviewServer implements AutoCloseable {

  /** The path prefix of the server's own resources; never a file of the folder. */
  static final String OWN = "/_lake/";

  private static final int MAX_LISTENERS = 32;
  private static final long HEARTBEAT_MILLIS = 15_000;
  private static final String RELOAD_SCRIPT = "<script src=\"" + OWN + "reload.js\"></script>";
  private static final byte[] RELOAD_JS = ("new EventSource('" + OWN + "events').addEventListener('message', function () {\n"
      + "  location.reload();\n});\n").getBytes(StandardCharsets.UTF_8);
  private static final Map<String, String> TYPES = Map.ofEntries(
      Map.entry("html", "text/html; charset=utf-8"),
      Map.entry("css", "text/css; charset=utf-8"),
      Map.entry("svg", "image/svg+xml"),
      Map.entry("json", "application/json"),
      Map.entry("md", "text/plain; charset=utf-8"),
      Map.entry("txt", "text/plain; charset=utf-8"),
      Map.entry("pdf", "application/pdf"),
      Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
      Map.entry("png", "image/png"),
      Map.entry("woff2", "font/woff2"));

  private final HttpServer server;
  private final ExecutorService threads;
  private final Path root;
  private final Semaphore listeners = new Semaphore(MAX_LISTENERS);
  private final Object renders = new Object();
  private long rendered;
  private volatile boolean closed;

  private PreviewServer(HttpServer server, ExecutorService threads, Path root) {
    this.server = server;
    this.threads = threads;
    this.root = root;
  }

  /**
   * Serves {@code folder} on {@code address} (which must be a loopback address) and {@code port}
   * (0 for any free one).
   *
   * @throws IllegalArgumentException when the address is not a loopback address
   * @throws IOException when the port cannot be had
   */
  static PreviewServer start(InetAddress address, int port, Path folder) throws IOException {
    if (!address.isLoopbackAddress()) {
      throw new IllegalArgumentException(address.getHostAddress() + " is not a loopback address");
    }
    Files.createDirectories(folder);
    HttpServer server = HttpServer.create(new InetSocketAddress(address, port), 0);
    ExecutorService threads = Executors.newCachedThreadPool(task -> {
      Thread thread = new Thread(task, "lake-preview");
      thread.setDaemon(true);
      return thread;
    });
    PreviewServer preview = new PreviewServer(server, threads, folder.toAbsolutePath().normalize());
    server.createContext("/", preview::handle);
    server.setExecutor(threads);
    server.start();
    return preview;
  }

  /** The address and port it listens on. */
  InetSocketAddress address() {
    return server.getAddress();
  }

  /** The page address to open, e.g. {@code http://127.0.0.1:8080/}. */
  String url() {
    InetSocketAddress at = address();
    String host = at.getAddress().getHostAddress();
    return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + at.getPort() + "/";
  }

  /** Tells every open page that a render finished, so it reloads. */
  void reload() {
    synchronized (renders) {
      rendered++;
      renders.notifyAll();
    }
  }

  @Override
  public void close() {
    closed = true;
    synchronized (renders) {
      renders.notifyAll();
    }
    server.stop(0);
    threads.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
      exchange.getResponseHeaders().set("Cache-Control", "no-store");
      exchange.getResponseHeaders().set("Content-Security-Policy",
          "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
      if (!isLoopbackHost(exchange.getRequestHeaders().getFirst("Host"))) {
        send(exchange, 403, "text/plain; charset=utf-8", "this preview answers requests to this machine only\n".getBytes(StandardCharsets.UTF_8));
        return;
      }
      String method = exchange.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        send(exchange, 405, "text/plain; charset=utf-8", "the preview is read-only\n".getBytes(StandardCharsets.UTF_8));
        return;
      }
      String raw = exchange.getRequestURI().getRawPath();
      if (raw == null || raw.isEmpty()) {
        raw = "/";
      }
      if (raw.equals(OWN + "events")) {
        events(exchange);
      } else if (raw.equals(OWN + "reload.js")) {
        send(exchange, 200, "text/javascript; charset=utf-8", RELOAD_JS);
      } else {
        file(exchange, raw);
      }
    }
  }

  private void file(HttpExchange exchange, String raw) throws IOException {
    Path file = resolve(raw);
    if (file != null && Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
      Path index = file.resolve("index.html");
      if (Files.isRegularFile(index, LinkOption.NOFOLLOW_LINKS)) {
        file = index;
      } else if (file.equals(root)) {
        send(exchange, 200, TYPES.get("html"), withReload(listing()));
        return;
      } else {
        file = null;
      }
    }
    if (file == null || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      send(exchange, 404, "text/plain; charset=utf-8", "not found\n".getBytes(StandardCharsets.UTF_8));
      return;
    }
    byte[] body;
    try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
      body = in.readAllBytes();
    }
    String name = file.getFileName().toString();
    String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    String type = TYPES.getOrDefault(extension, "application/octet-stream");
    send(exchange, 200, type, extension.equals("html") ? withReload(new String(body, StandardCharsets.UTF_8)) : body);
  }

  /**
   * The file a request path names under the root, or {@code null} when it names none: {@code ..},
   * {@code .}, empty segments past the first, backslashes, NUL, encoded slashes and symbolic links anywhere on the way.
   */
  Path resolve(String rawPath) {
    String lower = rawPath.toLowerCase(Locale.ROOT);
    if (!rawPath.startsWith("/") || lower.contains("%2f") || lower.contains("%5c") || lower.contains("%00")) {
      return null;
    }
    Path at = root;
    for (String rawSegment : rawPath.substring(1).split("/", -1)) {
      String segment = decode(rawSegment);
      if (segment == null) {
        return null;
      }
      if (segment.isEmpty()) {
        continue;
      }
      if (segment.equals("..") || segment.equals(".") || segment.indexOf('\\') >= 0 || segment.indexOf('\0') >= 0) {
        return null;
      }
      at = at.resolve(segment);
      if (Files.isSymbolicLink(at)) {
        return null;
      }
    }
    return at.normalize().startsWith(root) ? at : null;
  }

  /** A percent-decoded path segment (UTF-8), or {@code null} when it is malformed. */
  private static String decode(String segment) {
    if (segment.indexOf('%') < 0) {
      return segment;
    }
    byte[] out = new byte[segment.length()];
    int n = 0;
    for (int i = 0; i < segment.length(); i++) {
      char c = segment.charAt(i);
      if (c == '%') {
        if (i + 2 >= segment.length()) {
          return null;
        }
        int hi = Character.digit(segment.charAt(i + 1), 16);
        int lo = Character.digit(segment.charAt(i + 2), 16);
        if (hi < 0 || lo < 0) {
          return null;
        }
        out[n++] = (byte) (hi * 16 + lo);
        i += 2;
      } else if (c < 0x80) {
        out[n++] = (byte) c;
      } else {
        return null;
      }
    }
    return new String(out, 0, n, StandardCharsets.UTF_8);
  }

  private static boolean isLoopbackHost(String host) {
    if (host == null) {
      return false;
    }
    String name = host.toLowerCase(Locale.ROOT);
    if (name.startsWith("[")) {
      return name.startsWith("[::1]");
    }
    int colon = name.indexOf(':');
    String bare = colon < 0 ? name : name.substring(0, colon);
    return bare.equals("localhost") || bare.matches("127(\\.\\d{1,3}){3}");
  }

  /** The page at {@code /} when the folder has no index.html: a link to each file and folder at the top. */
  private String listing() throws IOException {
    List<String> names = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
      for (Path entry : entries) {
        if (Files.isSymbolicLink(entry)) {
          continue;
        }
        String name = entry.getFileName().toString();
        boolean folder = Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS);
        names.add(folder && Files.isRegularFile(entry.resolve("index.html"), LinkOption.NOFOLLOW_LINKS)
            ? name + "/index.html" : folder ? name + "/" : name);
      }
    }
    names.sort(null);
    StringBuilder page = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Lake preview</title></head>\n"
        + "<body><h1>Lake preview</h1>\n<ul>\n");
    for (String name : names) {
      page.append("<li><a href=\"/").append(Encode.forHtmlAttribute(encodePath(name))).append("\">")
          .append(Encode.forHtml(name)).append("</a></li>\n");
    }
    if (names.isEmpty()) {
      page.append("<li>nothing rendered yet</li>\n");
    }
    return page.append("</ul>\n</body></html>\n").toString();
  }

  private static String encodePath(String path) {
    StringBuilder out = new StringBuilder();
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~/".indexOf(c) >= 0) {
        out.append((char) c);
      } else {
        out.append(String.format(Locale.ROOT, "%%%02X", c));
      }
    }
    return out.toString();
  }

  private static byte[] withReload(String html) {
    int end = html.lastIndexOf("</body>");
    String page = end < 0 ? html + RELOAD_SCRIPT + "\n" : html.substring(0, end) + RELOAD_SCRIPT + "\n" + html.substring(end);
    return page.getBytes(StandardCharsets.UTF_8);
  }

  /** Server-sent events: one {@code message} per render from now on, until the page goes away. */
  private void events(HttpExchange exchange) throws IOException {
    if (!listeners.tryAcquire()) {
      send(exchange, 503, "text/plain; charset=utf-8", "too many open pages\n".getBytes(StandardCharsets.UTF_8));
      return;
    }
    try {
      exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
      exchange.sendResponseHeaders(200, 0);
      long seen;
      synchronized (renders) {
        seen = rendered;
      }
      // Renders from here on reach this page: the page learns it is listening only after 'seen' is taken.
      OutputStream body = exchange.getResponseBody();
      body.write(": watching\n\n".getBytes(StandardCharsets.UTF_8));
      body.flush();
      while (!closed) {
        boolean fresh;
        synchronized (renders) {
          if (rendered == seen && !closed) {
            renders.wait(HEARTBEAT_MILLIS);
          }
          fresh = rendered != seen;
          seen = rendered;
        }
        body.write((fresh ? "data: rendered\n\n" : ": still watching\n\n").getBytes(StandardCharsets.UTF_8));
        body.flush();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // The page went away.
    } finally {
      listeners.release();
    }
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
    if (!head) {
      exchange.getResponseBody().write(body);
    }
  }
}
