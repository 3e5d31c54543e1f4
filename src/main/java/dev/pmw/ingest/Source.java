package dev.pmw.ingest;

import java.io.IOException;
import java.io.InputStream;

/// What a parser reads: a single input (file, ZIP entry, gzip) or a tree (folder, ZIP).
public sealed interface Source {

    /// Display path of the source as the user gave it.
    String path();

    /// File name used for event ids.
    String name();

    record Single(Input input, Sniff sniff) implements Source {
        @Override
        public String path() {
            return input.path();
        }

        @Override
        public String name() {
            return input.name();
        }

        /// The whole content as BOM-free UTF-8 (decompressed, transcoded).
        public InputStream openText() throws IOException {
            return Inputs.openText(sniff);
        }
    }

    record Tree(InputTree tree) implements Source {
        @Override
        public String path() {
            return tree.path();
        }

        @Override
        public String name() {
            return dev.pmw.model.SourceRef.fileName(tree.path());
        }
    }
}
