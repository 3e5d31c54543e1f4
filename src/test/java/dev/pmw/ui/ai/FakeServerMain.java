package dev.pmw.ui.ai;

import dev.pmw.draft.openai.FakeOpenAiServer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/// Runs the fake OpenAI-compatible server on its own, for screenshots and trying the app by hand:
/// `/v1/models` lists gpt-4o-mini, every chat request streams the recorded Impact paragraph (or
/// the one with invented facts, with `invented`), one piece every 60 ms. Prints the base URL (and
/// writes it to the file given as the second argument); runs until killed.
///
///     java -cp target/test-classes:target/classes:… dev.pmw.ui.ai.FakeServerMain [impact|invented] [url-file]
public final class FakeServerMain {
    private FakeServerMain() {
    }

    public static void main(String[] args) throws Exception {
        String answer = args.length > 0 && args[0].equals("invented") ? "stream-invented.sse" : "stream-impact.sse";
        FakeOpenAiServer server = FakeOpenAiServer.start();
        server.on(FakeOpenAiServer.MODELS, FakeOpenAiServer.recordedJson(200, "models.json"));
        server.on(FakeOpenAiServer.CHAT, FakeOpenAiServer.stream(answer, Duration.ofMillis(60)));
        System.out.println(server.baseUrl());
        if (args.length > 1) {
            Files.writeString(Path.of(args[1]), server.baseUrl());
        }
        Thread.currentThread().join();
    }
}
