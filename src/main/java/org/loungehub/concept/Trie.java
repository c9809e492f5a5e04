package org.loungehub.concept;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An immutable character trie, built once at load: each node's children are a sorted char array searched by
 * bisection; the root, which fans out to thousands of Han characters, is a direct table. Values are label
 * numbers, -1 where no label ends.
 */
final class Trie {

    static final int ROOT = 0;

    private final int[] rootChildren = new int[Character.MAX_VALUE + 1];
    /** Node n's children are edgeChars/edgeTargets[firstEdge[n] .. firstEdge[n + 1]), sorted: one block, no pointers. */
    private final int[] firstEdge;
    private final char[] edgeChars;
    private final int[] edgeTargets;
    private final int[] values;

    private Trie(List<TreeMap<Character, Integer>> children, List<Integer> values) {
        int nodes = children.size();
        firstEdge = new int[nodes + 1];
        edgeChars = new char[nodes - 1];
        edgeTargets = new int[nodes - 1];
        this.values = new int[nodes];
        int edge = 0;
        for (int node = 0; node < nodes; node++) {
            firstEdge[node] = edge;
            for (Map.Entry<Character, Integer> child : children.get(node).entrySet()) {
                edgeChars[edge] = child.getKey();
                edgeTargets[edge++] = child.getValue();
            }
            this.values[node] = values.get(node);
        }
        firstEdge[nodes] = edge;
        Arrays.fill(rootChildren, -1);
        children.get(ROOT).forEach((c, target) -> rootChildren[c] = target);
    }

    /** The node reached from {@code node} by {@code c}, or -1. */
    int next(int node, char c) {
        if (node == ROOT) {
            return rootChildren[c];
        }
        int k = Arrays.binarySearch(edgeChars, firstEdge[node], firstEdge[node + 1], c);
        return k < 0 ? -1 : edgeTargets[k];
    }

    /** The label ending at this node, or -1. */
    int value(int node) {
        return values[node];
    }

    boolean isEmpty() {
        return firstEdge[1] == 0;
    }

    static final class Builder {

        private final List<TreeMap<Character, Integer>> children = new ArrayList<>(List.of(new TreeMap<>()));
        private final List<Integer> values = new ArrayList<>(List.of(-1));

        Builder put(String key, int value) {
            int node = ROOT;
            for (int i = 0; i < key.length(); i++) {
                Integer next = children.get(node).get(key.charAt(i));
                if (next == null) {
                    next = children.size();
                    children.add(new TreeMap<>());
                    values.add(-1);
                    children.get(node).put(key.charAt(i), next);
                }
                node = next;
            }
            values.set(node, value);
            return this;
        }

        Trie build() {
            return new Trie(children, values);
        }
    }
}
