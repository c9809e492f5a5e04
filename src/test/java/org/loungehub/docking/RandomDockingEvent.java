package org.loungehub.docking;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * A generated docking meeting: Chinese enterprises (c-*) request Israeli start-ups (i-*). About a fifth of the
 * Chinese speak only Chinese and a sixth of the Israelis only Hebrew, so about a third of the pairs need an
 * interpreter; a tenth of the participants join online.
 */
public record RandomDockingEvent(Event event, List<Participant> participants, List<MeetingRequest> requests) {

    /**
     * The sizes of a generated event; {@code rooms} are onsite tables that hold three meetings at once; there are
     * no more requests than Chinese × Israeli pairs.
     */
    public record Shape(int participants, int requests, int slots, int onsiteTables, int rooms, int onlineTables,
                        int zhEnInterpreters, int zhHeInterpreters, int minMeetings, int maxMeetings,
                        double minAvailability, double mustMeetShare, double declinedShare) {

        /** The benchmark's event: 400 participants, 2,000 accepted requests, 16 slots, 40 tables. */
        public static Shape benchmark(int participants, int requests) {
            return new Shape(participants, requests, 16, 34, 2, 4, 4, 3, 4, 10, 0.6, 0.02, 0.0);
        }
    }

    public static RandomDockingEvent generate(String prefix, Shape shape, long seed) {
        Random random = new Random(seed);
        LocalDateTime day = LocalDateTime.of(2026, 5, 20, 9, 0);
        SlotPlan plan = new SlotPlan(day, day.plusHours(12), Duration.ofMinutes(20),
                List.of(new SlotPlan.Break(day.plusHours(3), day.plusHours(4))));
        List<Slot> slots = plan.slots(0).subList(0, shape.slots());
        List<Table> tables = new ArrayList<>();
        for (int t = 0; t < shape.onsiteTables(); t++) {
            tables.add(new Table(prefix + "-t" + t, TableKind.ONSITE, 1));
        }
        for (int t = 0; t < shape.rooms(); t++) {
            tables.add(new Table(prefix + "-room" + t, TableKind.ONSITE, 3));
        }
        for (int t = 0; t < shape.onlineTables(); t++) {
            tables.add(new Table(prefix + "-online" + t, TableKind.ONLINE, 1));
        }
        List<Interpreters> interpreters = List.of(
                new Interpreters(LanguagePair.of(Language.ZH, Language.EN), shape.zhEnInterpreters()),
                new Interpreters(LanguagePair.of(Language.ZH, Language.HE), shape.zhHeInterpreters()));
        Event event = new Event(prefix, "Docking " + prefix, "Qingdao", day.minusDays(7), slots, tables,
                interpreters);

        int chinese = shape.participants() / 2;
        List<Participant> participants = new ArrayList<>();
        for (int p = 0; p < shape.participants(); p++) {
            boolean china = p < chinese;
            Set<Language> languages = china
                    ? (random.nextDouble() < 0.2 ? Set.of(Language.ZH) : Set.of(Language.ZH, Language.EN))
                    : (random.nextDouble() < 1.0 / 6 ? Set.of(Language.HE) : Set.of(Language.HE, Language.EN));
            TreeSet<Integer> available = new TreeSet<>();
            double share = shape.minAvailability() + random.nextDouble() * (1 - shape.minAvailability());
            for (int s = 0; s < shape.slots(); s++) {
                if (random.nextDouble() < share) {
                    available.add(s);
                }
            }
            int max = shape.minMeetings() + random.nextInt(shape.maxMeetings() - shape.minMeetings() + 1);
            participants.add(new Participant(prefix + (china ? "-c" : "-i") + p, languages, available, max,
                    random.nextDouble() < 0.1));
        }
        List<MeetingRequest> requests = new ArrayList<>();
        Set<String> pairs = new HashSet<>();
        int israeli = shape.participants() - chinese;
        int wanted = Math.min(shape.requests(), chinese * israeli);
        while (requests.size() < wanted) {
            Participant from = participants.get(random.nextInt(chinese));
            Participant to = participants.get(chinese + random.nextInt(israeli));
            if (!pairs.add(from.organizationId() + "|" + to.organizationId())) {
                continue;
            }
            int weight = 1 + (int) Math.floor(Math.pow(random.nextDouble(), 2) * 5);
            RequestState state = random.nextDouble() < shape.declinedShare()
                    ? RequestState.DECLINED : RequestState.ACCEPTED;
            requests.add(new MeetingRequest(prefix + "-r" + requests.size(), from.organizationId(),
                    to.organizationId(), weight, random.nextDouble() < shape.mustMeetShare(), state));
        }
        return new RandomDockingEvent(event, List.copyOf(participants), List.copyOf(requests));
    }
}
