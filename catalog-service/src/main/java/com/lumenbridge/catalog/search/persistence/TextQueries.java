package com.lumenbridge.catalog.search.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Free text as shoppers type it: every word must match (after English stemming, so "bulbs" finds
 * "bulb"), each tolerating a typo — one edit for words of 4–7 letters, two from 8 — with exact
 * matches ranked first and an exact SKU ranked above everything. No query syntax, so no input can
 * make a query fail.
 */
final class TextQueries {

    private TextQueries() {
    }

    /** The query for {@code text}, or null when it has no searchable word (only stop words). */
    static Query of(String text, Analyzer analyzer) {
        List<String> words = analyze(text, analyzer);
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String word : words) {
            Term term = new Term(IndexFields.TEXT, word);
            int edits = word.length() < 4 ? 0 : word.length() < 8 ? 1 : 2;
            Query exact = new TermQuery(term);
            Query clause = edits == 0 ? exact : new BooleanQuery.Builder()
                .add(new BoostQuery(exact, 3f), BooleanClause.Occur.SHOULD)
                .add(new FuzzyQuery(term, edits, 1), BooleanClause.Occur.SHOULD)
                .build();
            all.add(clause, BooleanClause.Occur.MUST);
        }
        String sku = text.strip().toUpperCase(Locale.ROOT);
        if (words.isEmpty()) {
            return null;
        }
        return new BooleanQuery.Builder()
            .add(all.build(), BooleanClause.Occur.MUST)
            .add(new BoostQuery(new TermQuery(new Term(IndexFields.SKU, sku)), 10f), BooleanClause.Occur.SHOULD)
            .build();
    }

    private static List<String> analyze(String text, Analyzer analyzer) {
        List<String> words = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(IndexFields.TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String word = term.toString();
                if (!words.contains(word)) {
                    words.add(word);
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
