package io.covercrit.core.clauses;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The in-place word scan of biomarker names answers as the split it replaced, on every kind of name. */
class BiomarkerWordsTest {
  static boolean bySplit(String upper, String wanted) {
    return Arrays.asList(upper.split("[^A-Z0-9]+")).contains(wanted);
  }

  @Test
  void the_scan_agrees_with_the_split() {
    String[] names = {"ALK", "ALK rearrangement", "EML4-ALK", "ALKBH", "alk", " ALK", "ALK ", "", "-", "x-ALK-y", "ALK1",
        "ÄLK", "AL\u212A", "straße ALK", "PD-L1", "PD L1", "EGFR exon 19", "ros1", "ROS1-fusion", "  "};
    String[] wanted = {"ALK", "PD", "L1", "EGFR", "ROS1", "19", "", "A"};
    for (String name : names) {
      String upper = name.toUpperCase(Locale.ROOT);
      for (String w : wanted) {
        assertThat(Biomarkers.hasWord(upper, w)).as("%s / %s", name, w).isEqualTo(bySplit(upper, w));
      }
    }
    Random random = new Random(17);
    String alphabet = "AKL019 -_/.aß\u212AÉ";
    for (int n = 0; n < 20_000; n++) {
      StringBuilder b = new StringBuilder();
      for (int i = random.nextInt(9); i > 0; i--) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String upper = b.toString().toUpperCase(Locale.ROOT);
      for (String w : wanted) {
        assertThat(Biomarkers.hasWord(upper, w)).as("%s / %s", b, w).isEqualTo(bySplit(upper, w));
      }
    }
  }
}
