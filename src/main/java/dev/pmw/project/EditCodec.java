package dev.pmw.project;

import dev.pmw.model.EventKind;
import dev.pmw.timeline.edit.Edit;
import dev.pmw.timeline.edit.RelevanceOverride;

import java.time.Instant;

/// [Edit] ↔ its JSON form. The `type` values are part of the file format.
final class EditCodec {
    private EditCodec() {
    }

    static ProjectJson.EditJson write(Edit e) {
        String target = e.target();
        String at = e.at().toString();
        ProjectJson.EventJson before = EventCodec.write(e.before());
        return switch (e) {
            case Edit.SetTime x -> json("set_time", target, at, before).time(x.time().toString()).forced(x.forced()).build();
            case Edit.SetText x -> json("set_text", target, at, before).text(x.text()).build();
            case Edit.SetKind x -> json("set_kind", target, at, before).kind(x.kind().id()).build();
            case Edit.SetActor x -> json("set_actor", target, at, before).actor(x.actor()).build();
            case Edit.Pin x -> json("pin", target, at, before).on(x.pinned()).build();
            case Edit.Hide x -> json("hide", target, at, before).on(x.hidden()).build();
            case Edit.SetRelevance x -> json("relevance", target, at, before).override(x.override().name().toLowerCase(java.util.Locale.ROOT)).build();
            case Edit.SetNote x -> json("note", target, at, before).note(x.note()).build();
            case Edit.Merge x -> json("merge", target, at, before).others(x.others(), EventCodec.writeAll(x.othersBefore())).build();
            case Edit.AddManualRow x -> json("add_row", target, at, before).forced(x.forced()).build();
            case Edit.RemoveManualRow x -> json("remove_row", target, at, before).build();
            case Edit.SplitBurst x -> json("split_burst", target, at, before)
                    .split(x.splitAt().toString(), EventCodec.write(x.first()), EventCodec.write(x.second())).build();
            case Edit.RevertToSource x -> json("revert", target, at, before).build();
            case Edit.PinBoundary x -> json("pin_boundary", target, at, before).boundary(x.boundary()).on(x.pinned()).build();
        };
    }

    static Edit read(ProjectJson.EditJson j) {
        if (j.type() == null || j.target() == null || j.at() == null || j.before() == null) {
            throw new IllegalArgumentException("an edit lacks its type, target, time or snapshot");
        }
        String t = j.target();
        Instant at = Instant.parse(j.at());
        var before = EventCodec.read(j.before());
        return switch (j.type()) {
            case "set_time" -> new Edit.SetTime(t, at, before, Instant.parse(j.time()), Boolean.TRUE.equals(j.forced()));
            case "set_text" -> new Edit.SetText(t, at, before, j.text());
            case "set_kind" -> new Edit.SetKind(t, at, before, EventKind.fromId(j.kind()));
            case "set_actor" -> new Edit.SetActor(t, at, before, j.actor());
            case "pin" -> new Edit.Pin(t, at, before, Boolean.TRUE.equals(j.on()));
            case "hide" -> new Edit.Hide(t, at, before, Boolean.TRUE.equals(j.on()));
            case "relevance" -> new Edit.SetRelevance(t, at, before,
                    RelevanceOverride.valueOf(j.override().toUpperCase(java.util.Locale.ROOT)));
            case "note" -> new Edit.SetNote(t, at, before, j.note());
            case "merge" -> new Edit.Merge(t, at, before, j.others(), EventCodec.readAll(j.othersBefore()));
            case "add_row" -> new Edit.AddManualRow(t, at, before, Boolean.TRUE.equals(j.forced()));
            case "remove_row" -> new Edit.RemoveManualRow(t, at, before);
            case "split_burst" -> new Edit.SplitBurst(t, at, before, Instant.parse(j.splitAt()),
                    EventCodec.read(j.first()), EventCodec.read(j.second()));
            case "revert" -> new Edit.RevertToSource(t, at, before);
            case "pin_boundary" -> new Edit.PinBoundary(t, at, before, j.boundary(), Boolean.TRUE.equals(j.on()));
            default -> throw new IllegalArgumentException("unknown edit type “" + j.type() + "”");
        };
    }

    private static Builder json(String type, String target, String at, ProjectJson.EventJson before) {
        return new Builder(type, target, at, before);
    }

    /// The flat JSON record has many optional fields; this keeps each case above to one line.
    private static final class Builder {
        private final String type;
        private final String target;
        private final String at;
        private final ProjectJson.EventJson before;
        private String time;
        private Boolean forced;
        private String text;
        private String kind;
        private String actor;
        private Boolean on;
        private String override;
        private String note;
        private java.util.List<String> others;
        private java.util.List<ProjectJson.EventJson> othersBefore;
        private String splitAt;
        private ProjectJson.EventJson first;
        private ProjectJson.EventJson second;
        private String boundary;

        Builder(String type, String target, String at, ProjectJson.EventJson before) {
            this.type = type;
            this.target = target;
            this.at = at;
            this.before = before;
        }

        Builder time(String v) { time = v; return this; }
        Builder forced(boolean v) { forced = v ? Boolean.TRUE : null; return this; }
        Builder text(String v) { text = v; return this; }
        Builder kind(String v) { kind = v; return this; }
        Builder actor(String v) { actor = v; return this; }
        Builder on(boolean v) { on = v; return this; }
        Builder override(String v) { override = v; return this; }
        Builder note(String v) { note = v; return this; }
        Builder boundary(String v) { boundary = v; return this; }

        Builder others(java.util.List<String> ids, java.util.List<ProjectJson.EventJson> snapshots) {
            others = ids;
            othersBefore = snapshots;
            return this;
        }

        Builder split(String at, ProjectJson.EventJson a, ProjectJson.EventJson b) {
            splitAt = at;
            first = a;
            second = b;
            return this;
        }

        ProjectJson.EditJson build() {
            return new ProjectJson.EditJson(type, target, at, before, time, forced, text, kind, actor, on, override,
                    note, others, othersBefore, splitAt, first, second, boundary);
        }
    }
}
