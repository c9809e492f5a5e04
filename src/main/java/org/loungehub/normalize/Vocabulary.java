package org.loungehub.normalize;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.loungehub.listing.Kind;
import org.loungehub.listing.Side;

/** Kinds and sides as partners name them, in English, Chinese and Hebrew. */
final class Vocabulary {

    private static final Map<String, Kind> KINDS = Map.ofEntries(
            Map.entry("企业", Kind.COMPANY), Map.entry("公司", Kind.COMPANY), Map.entry("חברה", Kind.COMPANY),
            Map.entry("技术", Kind.TECHNOLOGY), Map.entry("技術", Kind.TECHNOLOGY), Map.entry("成果", Kind.TECHNOLOGY),
            Map.entry("tech", Kind.TECHNOLOGY), Map.entry("טכנולוגיה", Kind.TECHNOLOGY),
            Map.entry("人才", Kind.TALENT), Map.entry("岗位", Kind.TALENT), Map.entry("崗位", Kind.TALENT),
            Map.entry("job", Kind.TALENT), Map.entry("משרה", Kind.TALENT),
            Map.entry("资本", Kind.CAPITAL), Map.entry("資本", Kind.CAPITAL), Map.entry("投资", Kind.CAPITAL),
            Map.entry("投資", Kind.CAPITAL), Map.entry("investor", Kind.CAPITAL), Map.entry("investment", Kind.CAPITAL),
            Map.entry("fund", Kind.CAPITAL), Map.entry("השקעה", Kind.CAPITAL));

    private static final Map<String, Side> SIDES = Map.ofEntries(
            Map.entry("供给", Side.SUPPLY), Map.entry("供給", Side.SUPPLY), Map.entry("供应", Side.SUPPLY),
            Map.entry("供應", Side.SUPPLY), Map.entry("提供", Side.SUPPLY), Map.entry("offer", Side.SUPPLY),
            Map.entry("היצע", Side.SUPPLY),
            Map.entry("需求", Side.DEMAND), Map.entry("request", Side.DEMAND), Map.entry("ביקוש", Side.DEMAND));

    Optional<Kind> kind(String value) {
        String key = key(value);
        return Kind.parse(key).or(() -> Optional.ofNullable(KINDS.get(key)));
    }

    Optional<Side> side(String value) {
        String key = key(value);
        return Side.parse(key).or(() -> Optional.ofNullable(SIDES.get(key)));
    }

    private static String key(String value) {
        return Normalizer.normalize(value, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    }
}
