package org.loungehub.docking.schedule;

import java.util.List;

import org.loungehub.docking.LanguagePair;
import org.loungehub.docking.Lock;
import org.loungehub.docking.MeetingRequest;
import org.loungehub.docking.Participant;
import org.loungehub.docking.TableKind;

/**
 * An accepted request as the scheduler sees it: who meets, at which kind of table, with which interpreter (null when
 * the two sides share a language), in which slots both are free, and the staff lock if there is one (its slot is
 * then among {@code slots} even if someone said they were busy: staff decided).
 */
record Demand(MeetingRequest request, Participant first, Participant second, TableKind kind,
              LanguagePair interpreter, List<Integer> slots, Lock lock) {

    String id() {
        return request.id();
    }

    int weight() {
        return request.weight();
    }

    boolean mustMeet() {
        return request.mustMeet();
    }

    boolean locked() {
        return lock != null;
    }
}
