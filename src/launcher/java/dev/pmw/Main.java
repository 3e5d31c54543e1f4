package dev.pmw;

import java.io.File;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * Main-Class of pmw.jar, compiled for Java 11 so that it runs on whatever `java` is first on the
 * PATH. On Java 25+ it starts the application directly; on an older Java it looks for a JDK 25+
 * (JAVA_HOME, then the usual install folders on Linux and macOS) and runs the same jar on it, so
 * `java -jar pmw.jar` works on a machine whose default Java is older. Without one it says how to
 * fix that in one line.
 */
public final class Main {
    private static final int REQUIRED = 25;

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        if (feature(System.getProperty("java.specification.version")) >= REQUIRED) {
            Method m = Class.forName("dev.pmw.PmwMain").getMethod("main", String[].class);
            m.invoke(null, (Object) args);
            return;
        }
        File jdk = findJdk();
        File jar = new File(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (jdk == null || !jar.isFile()) {
            System.err.println("pmw needs Java " + REQUIRED + " or newer; this is Java "
                    + System.getProperty("java.version") + " (" + System.getProperty("java.home")
                    + ") and no JDK " + REQUIRED + "+ was found. Fix: install one (e.g. from https://adoptium.net)"
                    + " and run it: /path/to/jdk-" + REQUIRED + "/bin/java -jar " + jar);
            System.exit(1);
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(new File(jdk, "bin/java").getPath());
        cmd.add("--enable-native-access=ALL-UNNAMED");
        for (String key : System.getProperties().stringPropertyNames()) {
            if (key.startsWith("pmw.") || key.startsWith("prism.") || key.startsWith("glass.")) {
                cmd.add("-D" + key + "=" + System.getProperty(key));
            }
        }
        cmd.add("-jar");
        cmd.add(jar.getPath());
        for (String a : args) {
            cmd.add(a);
        }
        Process p = new ProcessBuilder(cmd).inheritIO().start();
        System.exit(p.waitFor());
    }

    static File findJdk() {
        List<File> candidates = new ArrayList<>();
        String home = System.getenv("JAVA_HOME");
        if (home != null) {
            candidates.add(new File(home));
        }
        String user = System.getProperty("user.home");
        String[] roots = {"/usr/lib/jvm", "/usr/java", "/usr/local/java", "/opt/java", "/opt",
                user + "/.sdkman/candidates/java", user + "/.jdks", "/Library/Java/JavaVirtualMachines",
                user + "/Library/Java/JavaVirtualMachines"};
        for (String r : roots) {
            File[] kids = new File(r).listFiles();
            if (kids == null) {
                continue;
            }
            for (File k : kids) {
                candidates.add(k);
                candidates.add(new File(k, "Contents/Home"));
            }
        }
        if (home != null && jdkVersion(new File(home)) >= REQUIRED) {
            return new File(home); // the user's choice wins
        }
        File best = null;
        int bestVersion = 0;
        for (File c : candidates) {
            int v = jdkVersion(c);
            if (v >= REQUIRED && v > bestVersion) {
                best = c;
                bestVersion = v;
            }
        }
        return best;
    }

    private static int jdkVersion(File dir) {
        File release = new File(dir, "release");
        if (!new File(dir, "bin/java").canExecute() || !release.isFile()) {
            return 0;
        }
        try {
            for (String line : Files.readAllLines(release.toPath(), StandardCharsets.UTF_8)) {
                if (line.startsWith("JAVA_VERSION=")) {
                    return feature(line.substring("JAVA_VERSION=".length()).replace("\"", ""));
                }
            }
        } catch (Exception e) {
            return 0;
        }
        return 0;
    }

    static int feature(String version) {
        if (version == null) {
            return 0;
        }
        String v = version.startsWith("1.") ? version.substring(2) : version;
        int end = 0;
        while (end < v.length() && Character.isDigit(v.charAt(end))) {
            end++;
        }
        return end == 0 ? 0 : Integer.parseInt(v.substring(0, end));
    }
}
