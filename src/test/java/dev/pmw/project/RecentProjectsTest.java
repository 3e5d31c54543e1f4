package dev.pmw.project;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RecentProjectsTest {
    @TempDir
    Path tmp;

    @Test
    void mostRecentFirstWithoutRepeatsAndAtMostTen() throws IOException {
        RecentProjects recent = new RecentProjects(tmp.resolve("pmw/recent.json"));
        assertEquals(List.of(), recent.list());
        for (int i = 0; i < 12; i++) {
            recent.add(tmp.resolve("p" + i + ".pmw"));
        }
        recent.add(tmp.resolve("p5.pmw"));
        List<Path> l = new RecentProjects(tmp.resolve("pmw/recent.json")).list();
        assertEquals(10, l.size());
        assertEquals(tmp.resolve("p5.pmw"), l.get(0));
        assertEquals(tmp.resolve("p11.pmw"), l.get(1));
        assertEquals(tmp.resolve("p2.pmw"), l.getLast(), "p0 and p1 fell off");
        assertEquals(9, recent.remove(tmp.resolve("p11.pmw")).size());
    }

    @Test
    void aDamagedListIsAnEmptyOne() throws IOException {
        Path f = Files.createDirectories(tmp.resolve("pmw")).resolve("recent.json");
        Files.writeString(f, "{\"recent\": [\"/a.pmw\", ");
        assertEquals(List.of(), new RecentProjects(f).list());
        assertEquals(1, new RecentProjects(f).add(tmp.resolve("b.pmw")).size());
    }

    @Test
    void theWindowTitleSaysWhichProjectAndWhetherItIsSaved() {
        assertEquals("Untitled — Postmortem Workbench", ProjectTitle.of(null, false));
        assertEquals("● incident.pmw — Postmortem Workbench", ProjectTitle.of(Path.of("/x/incident.pmw"), true));
    }
}
