package org.orrery.experiment.plan;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The links of a plan as a graph, to find the path a migration's data takes between two hosts:
 * the one with the fewest links (breadth-first, links tried in plan order, so the same plan always
 * gives the same path). Links are undirected.
 */
public final class Network {

    private final Map<String, List<PlanLink>> adjacent = new LinkedHashMap<>();

    public Network(List<PlanLink> links) {
        for (PlanLink link : links) {
            adjacent.computeIfAbsent(link.from(), k -> new ArrayList<>()).add(link);
            adjacent.computeIfAbsent(link.to(), k -> new ArrayList<>()).add(link);
        }
    }

    /** The links from {@code from} to {@code to} in order, empty when from equals to, null when unconnected. */
    public List<PlanLink> path(String from, String to) {
        if (from.equals(to)) {
            return List.of();
        }
        Map<String, PlanLink> via = new HashMap<>();
        ArrayDeque<String> frontier = new ArrayDeque<>();
        frontier.add(from);
        via.put(from, null);
        while (!frontier.isEmpty()) {
            String at = frontier.poll();
            for (PlanLink link : adjacent.getOrDefault(at, List.of())) {
                String next = link.from().equals(at) ? link.to() : link.from();
                if (!via.containsKey(next)) {
                    via.put(next, link);
                    if (next.equals(to)) {
                        return walkBack(via, from, to);
                    }
                    frontier.add(next);
                }
            }
        }
        return null;
    }

    private static List<PlanLink> walkBack(Map<String, PlanLink> via, String from, String to) {
        List<PlanLink> path = new ArrayList<>();
        String at = to;
        while (!at.equals(from)) {
            PlanLink link = via.get(at);
            path.add(link);
            at = link.from().equals(at) ? link.to() : link.from();
        }
        Collections.reverse(path);
        return path;
    }
}
