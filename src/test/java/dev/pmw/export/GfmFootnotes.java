package dev.pmw.export;

import org.commonmark.node.Block;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.parser.Parser;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.ParserState;
import org.commonmark.parser.beta.LinkResult;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// GitHub footnote syntax for commonmark-java 0.32's parser, built on its own extension points (a
/// block parser and a link processor), so exports can be parsed back: commonmark-ext-footnotes is
/// published only up to 0.30, whose link processor no longer fits the 0.32 core. Follows GitHub's
/// rules: a definition `[^label]: text` starts at an indent below 4 and continues on lines indented
/// by 4; a reference is `[^label]` with no destination.
final class GfmFootnotes {
    private static final Pattern DEFINITION = Pattern.compile("^\\[\\^([^\\]\\s]+)]:[ \\t]?");

    static final class Definition extends CustomBlock {
        final String label;

        Definition(String label) {
            this.label = label;
        }
    }

    static final class Reference extends CustomNode {
        final String label;

        Reference(String label) {
            this.label = label;
        }
    }

    private GfmFootnotes() {
    }

    static Parser.Builder enable(Parser.Builder b) {
        return b.customBlockParserFactory((state, matched) -> {
            if (state.getIndent() >= 4) {
                return BlockStart.none();
            }
            CharSequence line = state.getLine().getContent();
            Matcher m = DEFINITION.matcher(line.subSequence(state.getNextNonSpaceIndex(), line.length()));
            if (!m.find()) {
                return BlockStart.none();
            }
            return BlockStart.of(new DefinitionParser(m.group(1))).atIndex(state.getNextNonSpaceIndex() + m.end());
        }).linkProcessor((info, scanner, context) -> {
            if (info.destination() != null) {
                return LinkResult.none();
            }
            String text = info.text(scanner);
            if (text == null || !text.startsWith("^") || text.length() < 2 || text.contains(" ")) {
                return LinkResult.none();
            }
            return LinkResult.replaceWith(new Reference(text.substring(1)), scanner.position());
        });
    }

    private static final class DefinitionParser extends AbstractBlockParser {
        private final Definition block;

        DefinitionParser(String label) {
            this.block = new Definition(label);
        }

        @Override
        public Block getBlock() {
            return block;
        }

        @Override
        public boolean isContainer() {
            return true;
        }

        @Override
        public boolean canContain(Block childBlock) {
            return true;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            if (state.isBlank()) {
                return BlockContinue.atIndex(state.getNextNonSpaceIndex());
            }
            if (state.getIndent() >= 4) {
                return BlockContinue.atColumn(state.getColumn() + 4);
            }
            return BlockContinue.none();
        }
    }
}
