package org.aftersales.web.i18n;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.aftersales.staff.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Keeps the two languages complete (REQUIREMENTS, Users: "Primary UI language: Simplified Chinese; English must also
 * be complete"): every key the pages and the code use exists in messages_zh_CN.properties and messages_en.properties,
 * every enum value shown to users has its {@code EnumName.CONSTANT} label, the two bundles have the same keys, the
 * Chinese bundle is Chinese, and every pattern with arguments is a valid {@link MessageFormat}.
 *
 * <p>Container-free: it reads the sources of service-web (pages, Java) and service-domain (Java), and loads the
 * enums from the service-domain classes on the test classpath. A key built at run time is only found through the
 * conventions it follows ({@code msg['EnumName.'.concat(…)]}, {@code new NotFoundException("x", …)} →
 * {@code entity.x}); a key held in a variable is not found at all, so keep keys as literals at the call.
 */
@DisplayName("i18n: zh_CN and en bundles are complete for every page, message and enum label")
class I18nBundleTest {

    /** Enums the API or the UI show to users whether or not a page happens to use them yet. */
    private static final Set<String> ENUMS_SHOWN = Set.of("ProjectPhase", "AuditAction", "Role", "DepartmentKind");

    /** zh_CN values that are rightly written the same in Chinese (abbreviations used as such in Chinese). */
    private static final Set<String> SAME_IN_CHINESE = Set.of("ERP");

    /** A message key as the code spells it: {@code user.error.noRole}. */
    private static final Pattern CODE_KEY = Pattern.compile("[a-z][A-Za-z]*(\\.[A-Za-z0-9]+)+");

    /** Any key in {@code msg['…']}: also {@code error.403.title}, {@code Role.ADMIN}. */
    private static final Pattern PAGE_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z0-9_]+)+");

    /** Calls whose string-literal arguments are message keys. */
    private static final Pattern KEY_CALL = Pattern.compile("\\bnew\\s+[A-Z][A-Za-z]*Exception\\s*\\("
            + "|\\bsuper\\s*\\("
            + "|\\bMessages\\s*\\.\\s*text\\s*\\("
            + "|\\bPages\\s*\\.\\s*[a-z][A-Za-z]*\\s*\\("
            + "|\\bInputs\\s*\\.\\s*email\\s*\\("
            + "|\\bproblem\\s*\\(");

    private static final Pattern NOT_FOUND = Pattern.compile("\\bnew\\s+NotFoundException\\s*\\(\\s*\"([A-Za-z]+)\"");
    private static final Pattern TITLE_PARAM = Pattern.compile("<ui:param\\s+name=\"title\"\\s+value=\"([^\"]*)\"");
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
    private static final Pattern PREFIX = Pattern.compile("'([A-Za-z][A-Za-z0-9_.]*\\.)'\\s*\\.\\s*concat\\s*\\(");
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\s*(\\d+)");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    private static Path web;
    private static Path domain;
    private static Bundle english;
    private static Bundle chinese;
    /** Enums of service-domain by the name their labels start with: {@code Role}, nested {@code PolicyKey.Unit}. */
    private static Map<String, Class<?>> enums;

    /** One bundle file: its values, and the keys it defines more than once (Properties would hide them). */
    private record Bundle(String file, Map<String, String> values, List<String> duplicates) {

        boolean has(String key) {
            return values.containsKey(key);
        }
    }

    /** A key and where it is used, for the failure message. */
    private record Use(String key, String where) {}

    @BeforeAll
    static void readSources() throws IOException, URISyntaxException {
        Path here = Path.of("").toAbsolutePath();
        web = Files.isDirectory(here.resolve("src/main/webapp")) ? here : here.resolve("service-web");
        domain = web.resolveSibling("service-domain");
        assertThat(web.resolve("src/main/webapp")).as("service-web sources").isDirectory();
        assertThat(domain.resolve("src/main/java")).as("service-domain sources").isDirectory();
        Path bundles = web.resolve("src/main/resources/org/aftersales/web/i18n");
        english = bundle(bundles.resolve("messages_en.properties"));
        chinese = bundle(bundles.resolve("messages_zh_CN.properties"));
        enums = domainEnums();
    }

    @Test
    @DisplayName("i18n: every key a page uses (#{msg['…']}, the page title) is in both bundles")
    void pageKeysExist() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Use use : pageKeys()) {
            missing.addAll(missingIn(use));
        }
        assertThat(missing).as("keys used by pages but missing in a bundle").isEmpty();
    }

    @Test
    @DisplayName("i18n: every key of a BusinessException, NotFoundException (entity.*), Messages.text or Pages call"
            + " is in both bundles")
    void codeKeysExist() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Use use : codeKeys()) {
            missing.addAll(missingIn(use));
        }
        assertThat(missing).as("keys used by Java code but missing in a bundle").isEmpty();
    }

    @Test
    @DisplayName("i18n: every constant of an enum shown to users has its EnumName.CONSTANT label in both bundles")
    void enumLabelsExist() throws IOException {
        Map<String, String> shown = new TreeMap<>();
        ENUMS_SHOWN.forEach(name -> shown.put(name, "shown by the API or the UI"));
        for (Use prefix : pagePrefixes()) {
            String name = prefix.key().substring(0, prefix.key().length() - 1);
            if (enums.containsKey(name)) {
                shown.putIfAbsent(name, prefix.where());
            }
        }
        Stream.concat(english.values().keySet().stream(), chinese.values().keySet().stream())
                .filter(key -> key.indexOf('.') > 0)
                .map(key -> key.substring(0, key.lastIndexOf('.')))
                .filter(enums::containsKey)
                .forEach(name -> shown.putIfAbsent(name, "has labels in a bundle"));

        List<String> missing = new ArrayList<>();
        shown.forEach((name, why) -> {
            Class<?> type = enums.get(name);
            if (type == null) {
                missing.add(name + ": no such enum in service-domain");
                return;
            }
            for (Object constant : type.getEnumConstants()) {
                missing.addAll(missingIn(new Use(name + "." + ((Enum<?>) constant).name(), name + " (" + why + ")")));
            }
        });
        assertThat(missing).as("enum labels missing in a bundle").isEmpty();
    }

    @Test
    @DisplayName("i18n: a dynamic key prefix of a page ('X.'.concat) names an enum, or keys with that prefix exist")
    void pagePrefixesResolve() throws IOException {
        List<String> unresolved = new ArrayList<>();
        for (Use prefix : pagePrefixes()) {
            String name = prefix.key().substring(0, prefix.key().length() - 1);
            if (enums.containsKey(name)) {
                continue;
            }
            for (Bundle bundle : List.of(english, chinese)) {
                if (bundle.values().keySet().stream().noneMatch(key -> key.startsWith(prefix.key()))) {
                    unresolved.add(prefix.key() + "… (" + prefix.where() + "): no enum of that name and no key in "
                            + bundle.file());
                }
            }
        }
        assertThat(unresolved).isEmpty();
    }

    @Test
    @DisplayName("i18n: no label for an enum constant that does not exist (a renamed or misspelt constant)")
    void noStaleEnumLabels() {
        List<String> stale = new ArrayList<>();
        for (Bundle bundle : List.of(english, chinese)) {
            for (String key : bundle.values().keySet()) {
                int dot = key.lastIndexOf('.');
                Class<?> type = dot < 0 ? null : enums.get(key.substring(0, dot));
                String constant = key.substring(dot + 1);
                if (type != null
                        && constant.matches("[A-Z][A-Z0-9_]*")
                        && Arrays.stream(type.getEnumConstants())
                                .noneMatch(c -> ((Enum<?>) c).name().equals(constant))) {
                    stale.add(bundle.file() + ": " + key);
                }
            }
        }
        assertThat(stale).isEmpty();
    }

    @Test
    @DisplayName("i18n: zh_CN and en have the same keys, each defined once")
    void bundlesHaveTheSameKeys() {
        Set<String> onlyEnglish = new TreeSet<>(english.values().keySet());
        onlyEnglish.removeAll(chinese.values().keySet());
        Set<String> onlyChinese = new TreeSet<>(chinese.values().keySet());
        onlyChinese.removeAll(english.values().keySet());
        List<String> wrong = new ArrayList<>();
        onlyEnglish.forEach(key -> wrong.add(key + " only in " + english.file()));
        onlyChinese.forEach(key -> wrong.add(key + " only in " + chinese.file()));
        english.duplicates().forEach(key -> wrong.add(key + " defined twice in " + english.file()));
        chinese.duplicates().forEach(key -> wrong.add(key + " defined twice in " + chinese.file()));
        assertThat(wrong).isEmpty();
    }

    @Test
    @DisplayName("i18n: every zh_CN text contains Chinese (CJK unified ideographs)")
    void chineseIsChinese() {
        List<String> notChinese = chinese.values().entrySet().stream()
                .filter(entry -> !SAME_IN_CHINESE.contains(entry.getValue().strip()))
                .filter(entry -> entry.getValue().codePoints().noneMatch(I18nBundleTest::isCjkIdeograph))
                .map(entry -> entry.getKey() + "=" + entry.getValue())
                .sorted()
                .toList();
        assertThat(notChinese).as("zh_CN values without a Chinese character").isEmpty();
    }

    @Test
    @DisplayName("i18n: patterns with arguments are valid MessageFormat patterns, without a lone apostrophe, and use"
            + " the same arguments in both languages")
    void patternsAreValid() {
        List<String> wrong = new ArrayList<>();
        for (Bundle bundle : List.of(english, chinese)) {
            bundle.values().forEach((key, value) -> {
                if (!ARGUMENT.matcher(value).find()) {
                    return;
                }
                try {
                    new MessageFormat(value);
                } catch (IllegalArgumentException invalid) {
                    wrong.add(
                            bundle.file() + ": " + key + " is no valid MessageFormat pattern: " + invalid.getMessage());
                }
                if (LONE_APOSTROPHE.matcher(value).find()) {
                    wrong.add(bundle.file() + ": " + key + " has a single apostrophe (write '' for ' in a pattern)");
                }
            });
        }
        english.values().forEach((key, value) -> {
            String other = chinese.values().get(key);
            if (other != null && !arguments(value).equals(arguments(other))) {
                wrong.add(key + ": en uses arguments " + arguments(value) + ", zh_CN " + arguments(other));
            }
        });
        assertThat(wrong).isEmpty();
    }

    // ---- what the sources use ----

    private static List<Use> pageKeys() throws IOException {
        List<Use> uses = new ArrayList<>();
        for (Path page : files(web.resolve("src/main/webapp"), ".xhtml")) {
            String text = Files.readString(page, UTF_8);
            for (Expression expression : msgExpressions(text)) {
                Matcher literal = QUOTED.matcher(expression.text());
                while (literal.find()) {
                    String candidate = literal.group(1);
                    boolean prefix =
                            expression.text().substring(literal.end()).matches("(?s)\\s*\\.\\s*concat\\s*\\(.*");
                    if (!prefix && PAGE_KEY.matcher(candidate).matches()) {
                        uses.add(new Use(candidate, where(page, text, expression.start())));
                    }
                }
            }
            Matcher title = TITLE_PARAM.matcher(text);
            while (title.find()) {
                String value = title.group(1);
                if (!value.contains("#{")) {
                    uses.add(new Use(value, where(page, text, title.start()) + " (title)"));
                    continue;
                }
                Matcher literal = QUOTED.matcher(value);
                while (literal.find()) {
                    if (PAGE_KEY.matcher(literal.group(1)).matches()) {
                        uses.add(new Use(literal.group(1), where(page, text, title.start()) + " (title)"));
                    }
                }
            }
        }
        return uses;
    }

    /** The {@code 'EnumName.'} of every {@code msg['EnumName.'.concat(…)]} in the pages, with a trailing dot. */
    private static List<Use> pagePrefixes() throws IOException {
        List<Use> prefixes = new ArrayList<>();
        for (Path page : files(web.resolve("src/main/webapp"), ".xhtml")) {
            String text = Files.readString(page, UTF_8);
            for (Expression expression : msgExpressions(text)) {
                Matcher prefix = PREFIX.matcher(expression.text());
                while (prefix.find()) {
                    prefixes.add(new Use(prefix.group(1), where(page, text, expression.start())));
                }
            }
        }
        return prefixes;
    }

    private record Expression(String text, int start) {}

    /** The inside of every {@code msg[…]}, brackets balanced. */
    private static List<Expression> msgExpressions(String page) {
        List<Expression> expressions = new ArrayList<>();
        int at = page.indexOf("msg[");
        while (at >= 0) {
            boolean standalone = at == 0 || !Character.isJavaIdentifierPart(page.charAt(at - 1));
            int open = at + 3;
            int close = closing(page, open, '[', ']');
            if (standalone && close > open) {
                expressions.add(new Expression(page.substring(open + 1, close), at));
            }
            at = page.indexOf("msg[", at + 4);
        }
        return expressions;
    }

    private static List<Use> codeKeys() throws IOException {
        List<Use> uses = new ArrayList<>();
        List<Path> sources = new ArrayList<>(files(web.resolve("src/main/java"), ".java"));
        sources.addAll(files(domain.resolve("src/main/java"), ".java"));
        for (Path source : sources) {
            String code = withoutComments(Files.readString(source, UTF_8));
            Matcher call = KEY_CALL.matcher(code);
            while (call.find()) {
                int open = call.end() - 1;
                int close = closing(code, open, '(', ')');
                if (close < 0) {
                    continue;
                }
                for (String literal : topLevelStringLiterals(code.substring(open + 1, close))) {
                    if (CODE_KEY.matcher(literal).matches()) {
                        uses.add(new Use(literal, where(source, code, call.start())));
                    }
                }
            }
            Matcher notFound = NOT_FOUND.matcher(code);
            while (notFound.find()) {
                uses.add(new Use("entity." + notFound.group(1), where(source, code, notFound.start())));
            }
        }
        return uses;
    }

    /** The string literals among the arguments themselves, not inside nested calls. */
    private static List<String> topLevelStringLiterals(String arguments) {
        List<String> literals = new ArrayList<>();
        int depth = 0;
        for (int i = 0; i < arguments.length(); i++) {
            char c = arguments.charAt(i);
            if (c == '"') {
                int end = endOfLiteral(arguments, i, '"');
                if (depth == 0) {
                    literals.add(arguments.substring(i + 1, end));
                }
                i = end;
            } else if (c == '\'') {
                i = endOfLiteral(arguments, i, '\'');
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            }
        }
        return literals;
    }

    // ---- enums ----

    /**
     * Every enum of service-domain, from its classes on the test classpath (the jar or directory that holds
     * {@link Role}), by the name its labels start with: the simple name ({@code Role.ADMIN}), for an enum nested in
     * a class {@code Outer.Inner} ({@code PolicyKey.Unit.HOURS}).
     */
    private static Map<String, Class<?>> domainEnums() throws IOException, URISyntaxException {
        Path classes = Path.of(
                Role.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(classes)) {
            for (Path file : files(classes, ".class")) {
                names.add(classes.relativize(file).toString().replace(java.io.File.separatorChar, '/'));
            }
        } else {
            try (JarFile jar = new JarFile(classes.toFile())) {
                jar.stream()
                        .map(JarEntry::getName)
                        .filter(name -> name.endsWith(".class"))
                        .forEach(names::add);
            }
        }
        Map<String, Class<?>> found = new TreeMap<>();
        for (String name : names) {
            if (name.endsWith("module-info.class") || name.endsWith("package-info.class")) {
                continue;
            }
            String binaryName =
                    name.substring(0, name.length() - ".class".length()).replace('/', '.');
            Class<?> type;
            try {
                type = Class.forName(binaryName, false, I18nBundleTest.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError notLoadable) {
                continue; // needs a library the test classpath lacks: not one of the plain enums of the domain
            }
            if (type.isEnum()) {
                String labelName = type.getEnclosingClass() == null
                        ? type.getSimpleName()
                        : type.getEnclosingClass().getSimpleName() + "." + type.getSimpleName();
                found.put(labelName, type);
            }
        }
        assertThat(found).as("enums of service-domain in " + classes).containsKeys("Role", "ProjectPhase");
        return found;
    }

    // ---- bundles ----

    private static Bundle bundle(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, UTF_8)) {
            properties.load(reader);
        }
        Map<String, String> values = new LinkedHashMap<>();
        properties.stringPropertyNames().forEach(key -> values.put(key, properties.getProperty(key)));

        List<String> duplicates = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        boolean continued = false;
        for (String line : Files.readAllLines(file, UTF_8)) {
            String stripped = line.stripLeading();
            boolean continuation = continued;
            continued = endsWithOddBackslashes(line);
            if (continuation || stripped.isEmpty() || stripped.startsWith("#") || stripped.startsWith("!")) {
                continue;
            }
            String key = stripped.split("(?<!\\\\)[=:\\s]", 2)[0];
            if (!seen.add(key)) {
                duplicates.add(key);
            }
        }
        return new Bundle(file.getFileName().toString(), values, duplicates);
    }

    private static boolean endsWithOddBackslashes(String line) {
        int count = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            count++;
        }
        return count % 2 == 1;
    }

    private static List<String> missingIn(Use use) {
        List<String> missing = new ArrayList<>();
        for (Bundle bundle : List.of(english, chinese)) {
            if (!bundle.has(use.key())) {
                missing.add(use.key() + " missing in " + bundle.file() + " (used in " + use.where() + ")");
            }
        }
        return missing;
    }

    private static Set<Integer> arguments(String pattern) {
        Set<Integer> arguments = new TreeSet<>();
        Matcher argument = ARGUMENT.matcher(pattern);
        while (argument.find()) {
            arguments.add(Integer.valueOf(argument.group(1)));
        }
        return arguments;
    }

    private static boolean isCjkIdeograph(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN
                && Character.isIdeographic(codePoint);
    }

    // ---- small source reading ----

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(path -> path.toString().endsWith(suffix))
                    .sorted()
                    .collect(Collectors.toList());
        }
    }

    /** The index of the bracket closing the one at {@code open}, skipping quoted text; -1 when unbalanced. */
    private static int closing(String text, int open, char opening, char closingChar) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                i = endOfLiteral(text, i, c);
            } else if (c == opening) {
                depth++;
            } else if (c == closingChar && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the quote ending the literal that starts at {@code start} (backslash escapes honoured). */
    private static int endOfLiteral(String text, int start, char quote) {
        for (int i = start + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote || c == '\n') {
                return i;
            }
        }
        return text.length() - 1;
    }

    /** Java source with comments blanked out (line breaks kept, so line numbers stay right). */
    private static String withoutComments(String code) {
        StringBuilder out = new StringBuilder(code.length());
        int i = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            if (c == '"' && code.startsWith("\"\"\"", i)) {
                int end = code.indexOf("\"\"\"", i + 3);
                end = end < 0 ? code.length() : end + 3;
                out.append(code, i, end);
                i = end;
            } else if (c == '"' || c == '\'') {
                int end = endOfLiteral(code, i, c) + 1;
                out.append(code, i, end);
                i = end;
            } else if (code.startsWith("//", i)) {
                while (i < code.length() && code.charAt(i) != '\n') {
                    out.append(' ');
                    i++;
                }
            } else if (code.startsWith("/*", i)) {
                int end = code.indexOf("*/", i + 2);
                end = end < 0 ? code.length() : end + 2;
                for (int j = i; j < end; j++) {
                    out.append(code.charAt(j) == '\n' ? '\n' : ' ');
                }
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static String where(Path file, String text, int index) {
        long line = text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
        Path root = web.getParent();
        return root.relativize(file) + ":" + line;
    }
}
