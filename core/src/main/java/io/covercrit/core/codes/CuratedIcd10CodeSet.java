package io.covercrit.core.codes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The codes the shipped policies use, from the ICD-10-CM FY2026 tabular list.
 *
 * <p>A category is marked complete only where every code under it is listed here; elsewhere the
 * set answers UNKNOWN instead of claiming a code does not exist. The eyelid vitiligo subcategory
 * H02.73 is listed but not marked complete, because later releases added bilateral and
 * upper-and-lower-eyelid codes to several H02 subcategories. C34 (lung) is complete; the
 * secondary-site categories C78 and C79 are listed only in part.
 */
final class CuratedIcd10CodeSet implements Icd10CodeSet {
  private static final List<String> COMPLETE_CATEGORIES = List.of("L20", "L80", "L63",
      // Dupixent (cigna/IP0453): every code of these categories is in dupixentRows().
      "J45", "J82", "J32", "J33", "K20", "L28", "J43", "J44", "L50", "L12",
      // Alecensa (cigna/CNF-494): every C34 code is in alecensaRows().
      "C34",
      // Ilaris (cigna/IP0235): every M04 code is in ilarisRows().
      "M04");

  // Declared after the fields its constructor reads.
  static final CuratedIcd10CodeSet INSTANCE = new CuratedIcd10CodeSet();

  /** Each row: code, billable (B) or header (H), description. A method, so no array is shared. */
  private static String[][] rows() {
    return concat(dermatologyRows(), ilarisRows(), dupixentRows(), alecensaRows());
  }

  private static String[][] concat(String[][]... blocks) {
    List<String[]> all = new ArrayList<>();
    for (String[][] block : blocks) {
      all.addAll(Arrays.asList(block));
    }
    return all.toArray(new String[0][]);
  }

  private static String[][] dermatologyRows() {
    return new String[][] {
      {"L20", "H", "Atopic dermatitis"},
      {"L20.0", "B", "Besnier's prurigo"},
      {"L20.8", "H", "Other atopic dermatitis"},
      {"L20.81", "B", "Atopic neurodermatitis"},
      {"L20.82", "B", "Flexural eczema"},
      {"L20.83", "B", "Infantile (acute) (chronic) eczema"},
      {"L20.84", "B", "Intrinsic (allergic) eczema"},
      {"L20.89", "B", "Other atopic dermatitis"},
      {"L20.9", "B", "Atopic dermatitis, unspecified"},
      {"L80", "B", "Vitiligo"},
      {"H02.73", "H", "Vitiligo of eyelid and periocular area"},
      {"H02.731", "B", "Vitiligo of right upper eyelid and periocular area"},
      {"H02.732", "B", "Vitiligo of right lower eyelid and periocular area"},
      {"H02.733", "B", "Vitiligo of right eye, unspecified eyelid and periocular area"},
      {"H02.734", "B", "Vitiligo of left upper eyelid and periocular area"},
      {"H02.735", "B", "Vitiligo of left lower eyelid and periocular area"},
      {"H02.736", "B", "Vitiligo of left eye, unspecified eyelid and periocular area"},
      {"H02.739", "B", "Vitiligo of unspecified eye, unspecified eyelid and periocular area"},
      {"L63", "H", "Alopecia areata"},
      {"L63.0", "B", "Alopecia (capitis) totalis"},
      {"L63.1", "B", "Alopecia universalis"},
      {"L63.2", "B", "Ophiasis"},
      {"L63.8", "B", "Other alopecia areata"},
      {"L63.9", "B", "Alopecia areata, unspecified"},
      {"L64", "H", "Androgenic alopecia"},
      {"L64.0", "B", "Drug-induced androgenic alopecia"},
      {"L64.8", "B", "Other androgenic alopecia"},
      {"L64.9", "B", "Androgenic alopecia, unspecified"},
      {"L40", "H", "Psoriasis"},
      {"L40.0", "B", "Psoriasis vulgaris"},
      {"L40.1", "B", "Generalized pustular psoriasis"},
      {"L40.4", "B", "Guttate psoriasis"},
      {"L40.9", "B", "Psoriasis, unspecified"},
    };
  }

  /**
   * Ilaris (canakinumab, Cigna IP0235): autoinflammatory syndromes, Still's disease, gout and the
   * heredofamilial amyloidoses. M04 is listed in full (complete); M06, M08, M10, M1A and E85 only
   * in part, so unlisted codes there are UNKNOWN and policies recognise them by hierarchy. Since
   * FY2018, FMF, TRAPS and HIDS/MKD share M04.1 and CAPS is M04.2; E85.0 is left for FMF-related
   * amyloidosis.
   */
  private static String[][] ilarisRows() {
    return new String[][] {
      {"M04", "H", "Autoinflammatory syndromes"},
      {"M04.1", "B", "Periodic fever syndromes"},
      {"M04.2", "B", "Cryopyrin-associated periodic syndromes"},
      {"M04.8", "B", "Other autoinflammatory syndromes"},
      {"M04.9", "B", "Autoinflammatory syndrome, unspecified"},
      {"M05", "H", "Rheumatoid arthritis with rheumatoid factor"},
      {"M06", "H", "Other rheumatoid arthritis"},
      {"M06.1", "B", "Adult-onset Still's disease"},
      {"M06.9", "B", "Rheumatoid arthritis, unspecified"},
      {"M08", "H", "Juvenile arthritis"},
      {"M08.2", "H", "Juvenile rheumatoid arthritis with systemic onset"},
      {"M08.20", "B", "Juvenile rheumatoid arthritis with systemic onset, unspecified site"},
      {"M08.21", "H", "Juvenile rheumatoid arthritis with systemic onset, shoulder"},
      {"M08.211", "B", "Juvenile rheumatoid arthritis with systemic onset, right shoulder"},
      {"M08.212", "B", "Juvenile rheumatoid arthritis with systemic onset, left shoulder"},
      {"M08.219", "B", "Juvenile rheumatoid arthritis with systemic onset, unspecified shoulder"},
      {"M08.22", "H", "Juvenile rheumatoid arthritis with systemic onset, elbow"},
      {"M08.221", "B", "Juvenile rheumatoid arthritis with systemic onset, right elbow"},
      {"M08.222", "B", "Juvenile rheumatoid arthritis with systemic onset, left elbow"},
      {"M08.229", "B", "Juvenile rheumatoid arthritis with systemic onset, unspecified elbow"},
      {"M08.23", "H", "Juvenile rheumatoid arthritis with systemic onset, wrist"},
      {"M08.231", "B", "Juvenile rheumatoid arthritis with systemic onset, right wrist"},
      {"M08.232", "B", "Juvenile rheumatoid arthritis with systemic onset, left wrist"},
      {"M08.239", "B", "Juvenile rheumatoid arthritis with systemic onset, unspecified wrist"},
      {"M08.24", "H", "Juvenile rheumatoid arthritis with systemic onset, hand"},
      {"M08.241", "B", "Juvenile rheumatoid arthritis with systemic onset, right hand"},
      {"M08.242", "B", "Juvenile rheumatoid arthritis with systemic onset, left hand"},
      {"M08.249", "B", "Juvenile rheumatoid arthritis with systemic onset, unspecified hand"},
      {"M08.25", "H", "Juvenile rheumatoid arthritis with systemic onset, hip"},
      {"M08.251", "B", "Juvenile rheumatoid arthritis with systemic onset, right hip"},
      {"M08.252", "B", "Juvenile rheumatoid arthritis with systemic onset, left hip"},
      {"M08.259", "B", "Juvenile rheumatoid arthritis with systemic onset, unspecified hip"},
      {"M08.26", "H", "Juvenile rheumatoid arthritis with systemic onset, knee"},
      {"M08.261", "B", "Juvenile rheumatoid arthritis with systemic onset, right knee"},
      {"M08.262", "B", "Juvenile rheumatoid arthritis with systemic onset, left knee"},
      {"M08.269", "B", "Juvenile rheumatoid arthritis with systemic onset, unspecified knee"},
      {"M08.27", "H", "Juvenile rheumatoid arthritis with systemic onset, ankle and foot"},
      {"M08.271", "B", "Juvenile rheumatoid arthritis with systemic onset, right ankle and foot"},
      {"M08.272", "B", "Juvenile rheumatoid arthritis with systemic onset, left ankle and foot"},
      {"M08.279", "B", "Juvenile rheumatoid arthritis with systemic onset, unspecified ankle and foot"},
      {"M08.28", "B", "Juvenile rheumatoid arthritis with systemic onset, vertebrae"},
      {"M08.29", "B", "Juvenile rheumatoid arthritis with systemic onset, multiple sites"},
      {"M08.2A", "B", "Juvenile rheumatoid arthritis with systemic onset, other specified site"},
      {"M10", "H", "Gout"},
      {"M10.0", "H", "Idiopathic gout"},
      {"M10.00", "B", "Idiopathic gout, unspecified site"},
      {"M10.01", "H", "Idiopathic gout, shoulder"},
      {"M10.011", "B", "Idiopathic gout, right shoulder"},
      {"M10.012", "B", "Idiopathic gout, left shoulder"},
      {"M10.019", "B", "Idiopathic gout, unspecified shoulder"},
      {"M10.02", "H", "Idiopathic gout, elbow"},
      {"M10.021", "B", "Idiopathic gout, right elbow"},
      {"M10.022", "B", "Idiopathic gout, left elbow"},
      {"M10.029", "B", "Idiopathic gout, unspecified elbow"},
      {"M10.03", "H", "Idiopathic gout, wrist"},
      {"M10.031", "B", "Idiopathic gout, right wrist"},
      {"M10.032", "B", "Idiopathic gout, left wrist"},
      {"M10.039", "B", "Idiopathic gout, unspecified wrist"},
      {"M10.04", "H", "Idiopathic gout, hand"},
      {"M10.041", "B", "Idiopathic gout, right hand"},
      {"M10.042", "B", "Idiopathic gout, left hand"},
      {"M10.049", "B", "Idiopathic gout, unspecified hand"},
      {"M10.05", "H", "Idiopathic gout, hip"},
      {"M10.051", "B", "Idiopathic gout, right hip"},
      {"M10.052", "B", "Idiopathic gout, left hip"},
      {"M10.059", "B", "Idiopathic gout, unspecified hip"},
      {"M10.06", "H", "Idiopathic gout, knee"},
      {"M10.061", "B", "Idiopathic gout, right knee"},
      {"M10.062", "B", "Idiopathic gout, left knee"},
      {"M10.069", "B", "Idiopathic gout, unspecified knee"},
      {"M10.07", "H", "Idiopathic gout, ankle and foot"},
      {"M10.071", "B", "Idiopathic gout, right ankle and foot"},
      {"M10.072", "B", "Idiopathic gout, left ankle and foot"},
      {"M10.079", "B", "Idiopathic gout, unspecified ankle and foot"},
      {"M10.08", "B", "Idiopathic gout, vertebrae"},
      {"M10.09", "B", "Idiopathic gout, multiple sites"},
      {"M10.1", "H", "Lead-induced gout"},
      {"M10.2", "H", "Drug-induced gout"},
      {"M10.3", "H", "Gout due to renal impairment"},
      {"M10.4", "H", "Other secondary gout"},
      {"M10.9", "B", "Gout, unspecified"},
      {"M1A", "H", "Chronic gout"},
      {"M1A.0", "H", "Idiopathic chronic gout"},
      {"M1A.00", "H", "Idiopathic chronic gout, unspecified site"},
      {"M1A.00X0", "B", "Idiopathic chronic gout, unspecified site, without tophus (tophi)"},
      {"M1A.00X1", "B", "Idiopathic chronic gout, unspecified site, with tophus (tophi)"},
      {"M1A.07", "H", "Idiopathic chronic gout, ankle and foot"},
      {"M1A.071", "H", "Idiopathic chronic gout, right ankle and foot"},
      {"M1A.0710", "B", "Idiopathic chronic gout, right ankle and foot, without tophus (tophi)"},
      {"M1A.0711", "B", "Idiopathic chronic gout, right ankle and foot, with tophus (tophi)"},
      {"M1A.9", "H", "Chronic gout, unspecified"},
      {"M1A.9XX0", "B", "Chronic gout, unspecified, without tophus (tophi)"},
      {"M1A.9XX1", "B", "Chronic gout, unspecified, with tophus (tophi)"},
      {"E85", "H", "Amyloidosis"},
      {"E85.0", "B", "Non-neuropathic heredofamilial amyloidosis"},
      {"E85.1", "B", "Neuropathic heredofamilial amyloidosis"},
      {"E85.2", "B", "Heredofamilial amyloidosis, unspecified"},
      {"E85.3", "B", "Secondary systemic amyloidosis"},
      {"E85.4", "B", "Organ-limited amyloidosis"},
      {"E85.8", "H", "Other amyloidosis"},
      {"E85.81", "B", "Light chain (AL) amyloidosis"},
      {"E85.82", "B", "Wild-type transthyretin-related (ATTR) amyloidosis"},
      {"E85.89", "B", "Other amyloidosis"},
      {"E85.9", "B", "Amyloidosis, unspecified"},
    };
  }

  /**
   * Codes for the Dupixent indications (cigna/IP0453), each category in full, FY2026 titles:
   * asthma J45 and eosinophilic asthma J82.83 (J82 was split in FY2023, so J82 itself is a
   * header), chronic sinusitis J32 and nasal polyps J33, esophagitis K20, prurigo L28, emphysema
   * J43 and COPD J44 (J44.8 was split into J44.81/J44.89 in FY2024), urticaria L50 and
   * pemphigoid L12.
   */
  private static String[][] dupixentRows() {
    return new String[][] {
      {"J45", "H", "Asthma"},
      {"J45.2", "H", "Mild intermittent asthma"},
      {"J45.20", "B", "Mild intermittent asthma, uncomplicated"},
      {"J45.21", "B", "Mild intermittent asthma with (acute) exacerbation"},
      {"J45.22", "B", "Mild intermittent asthma with status asthmaticus"},
      {"J45.3", "H", "Mild persistent asthma"},
      {"J45.30", "B", "Mild persistent asthma, uncomplicated"},
      {"J45.31", "B", "Mild persistent asthma with (acute) exacerbation"},
      {"J45.32", "B", "Mild persistent asthma with status asthmaticus"},
      {"J45.4", "H", "Moderate persistent asthma"},
      {"J45.40", "B", "Moderate persistent asthma, uncomplicated"},
      {"J45.41", "B", "Moderate persistent asthma with (acute) exacerbation"},
      {"J45.42", "B", "Moderate persistent asthma with status asthmaticus"},
      {"J45.5", "H", "Severe persistent asthma"},
      {"J45.50", "B", "Severe persistent asthma, uncomplicated"},
      {"J45.51", "B", "Severe persistent asthma with (acute) exacerbation"},
      {"J45.52", "B", "Severe persistent asthma with status asthmaticus"},
      {"J45.9", "H", "Other and unspecified asthma"},
      {"J45.90", "H", "Unspecified asthma"},
      {"J45.901", "B", "Unspecified asthma with (acute) exacerbation"},
      {"J45.902", "B", "Unspecified asthma with status asthmaticus"},
      {"J45.909", "B", "Unspecified asthma, uncomplicated"},
      {"J45.99", "H", "Other asthma"},
      {"J45.990", "B", "Exercise induced bronchospasm"},
      {"J45.991", "B", "Cough variant asthma"},
      {"J45.998", "B", "Other asthma"},
      {"J82", "H", "Pulmonary eosinophilia, not elsewhere classified"},
      {"J82.8", "H", "Other pulmonary eosinophilia, not elsewhere classified"},
      {"J82.81", "B", "Chronic eosinophilic pneumonia"},
      {"J82.82", "B", "Acute eosinophilic pneumonia"},
      {"J82.83", "B", "Eosinophilic asthma"},
      {"J82.89", "B", "Other pulmonary eosinophilia, not elsewhere classified"},
      {"J32", "H", "Chronic sinusitis"},
      {"J32.0", "B", "Chronic maxillary sinusitis"},
      {"J32.1", "B", "Chronic frontal sinusitis"},
      {"J32.2", "B", "Chronic ethmoidal sinusitis"},
      {"J32.3", "B", "Chronic sphenoidal sinusitis"},
      {"J32.4", "B", "Chronic pansinusitis"},
      {"J32.8", "B", "Other chronic sinusitis"},
      {"J32.9", "B", "Chronic sinusitis, unspecified"},
      {"J33", "H", "Nasal polyp"},
      {"J33.0", "B", "Polyp of nasal cavity"},
      {"J33.1", "B", "Polypoid sinus degeneration"},
      {"J33.8", "B", "Other polyp of sinus"},
      {"J33.9", "B", "Nasal polyp, unspecified"},
      {"K20", "H", "Esophagitis"},
      {"K20.0", "B", "Eosinophilic esophagitis"},
      {"K20.8", "H", "Other esophagitis"},
      {"K20.80", "B", "Other esophagitis without bleeding"},
      {"K20.81", "B", "Other esophagitis with bleeding"},
      {"K20.9", "H", "Esophagitis, unspecified"},
      {"K20.90", "B", "Esophagitis, unspecified without bleeding"},
      {"K20.91", "B", "Esophagitis, unspecified with bleeding"},
      {"L28", "H", "Lichen simplex chronicus and prurigo"},
      {"L28.0", "B", "Lichen simplex chronicus"},
      {"L28.1", "B", "Prurigo nodularis"},
      {"L28.2", "B", "Other prurigo"},
      {"J43", "H", "Emphysema"},
      {"J43.0", "B", "Unilateral pulmonary emphysema [MacLeod's syndrome]"},
      {"J43.1", "B", "Panlobular emphysema"},
      {"J43.2", "B", "Centrilobular emphysema"},
      {"J43.8", "B", "Other emphysema"},
      {"J43.9", "B", "Emphysema, unspecified"},
      {"J44", "H", "Other chronic obstructive pulmonary disease"},
      {"J44.0", "B", "Chronic obstructive pulmonary disease with (acute) lower respiratory infection"},
      {"J44.1", "B", "Chronic obstructive pulmonary disease with (acute) exacerbation"},
      {"J44.8", "H", "Other specified chronic obstructive pulmonary disease"},
      {"J44.81", "B", "Bronchiolitis obliterans and bronchiolitis obliterans syndrome"},
      {"J44.89", "B", "Other chronic obstructive pulmonary disease"},
      {"J44.9", "B", "Chronic obstructive pulmonary disease, unspecified"},
      {"L50", "H", "Urticaria"},
      {"L50.0", "B", "Allergic urticaria"},
      {"L50.1", "B", "Idiopathic urticaria"},
      {"L50.2", "B", "Urticaria due to cold and heat"},
      {"L50.3", "B", "Dermatographic urticaria"},
      {"L50.4", "B", "Vibratory urticaria"},
      {"L50.5", "B", "Cholinergic urticaria"},
      {"L50.6", "B", "Contact urticaria"},
      {"L50.8", "B", "Other urticaria"},
      {"L50.9", "B", "Urticaria, unspecified"},
      {"L12", "H", "Pemphigoid"},
      {"L12.0", "B", "Bullous pemphigoid"},
      {"L12.1", "B", "Cicatricial pemphigoid"},
      {"L12.2", "B", "Chronic bullous disease of childhood"},
      {"L12.3", "H", "Acquired epidermolysis bullosa"},
      {"L12.30", "B", "Acquired epidermolysis bullosa, unspecified"},
      {"L12.31", "B", "Epidermolysis bullosa due to drug"},
      {"L12.35", "B", "Other acquired epidermolysis bullosa"},
      {"L12.8", "B", "Other pemphigoid"},
      {"L12.9", "B", "Pemphigoid, unspecified"},
    };
  }

  /**
   * Lung cancer, for Cigna Alecensa (alectinib): C34 in full (every subcategory has an
   * unspecified/right/left fifth character, except the middle lobe C34.2, which only the right
   * lung has and which is billable at four characters), and the secondary sites by which
   * non-small cell lung cancer most often spreads. C78 and C79 are listed only in part.
   */
  private static String[][] alecensaRows() {
    return new String[][] {
      {"C34", "H", "Malignant neoplasm of bronchus and lung"},
      {"C34.0", "H", "Malignant neoplasm of main bronchus"},
      {"C34.00", "B", "Malignant neoplasm of unspecified main bronchus"},
      {"C34.01", "B", "Malignant neoplasm of right main bronchus"},
      {"C34.02", "B", "Malignant neoplasm of left main bronchus"},
      {"C34.1", "H", "Malignant neoplasm of upper lobe, bronchus or lung"},
      {"C34.10", "B", "Malignant neoplasm of upper lobe, unspecified bronchus or lung"},
      {"C34.11", "B", "Malignant neoplasm of upper lobe, right bronchus or lung"},
      {"C34.12", "B", "Malignant neoplasm of upper lobe, left bronchus or lung"},
      {"C34.2", "B", "Malignant neoplasm of middle lobe, bronchus or lung"},
      {"C34.3", "H", "Malignant neoplasm of lower lobe, bronchus or lung"},
      {"C34.30", "B", "Malignant neoplasm of lower lobe, unspecified bronchus or lung"},
      {"C34.31", "B", "Malignant neoplasm of lower lobe, right bronchus or lung"},
      {"C34.32", "B", "Malignant neoplasm of lower lobe, left bronchus or lung"},
      {"C34.8", "H", "Malignant neoplasm of overlapping sites of bronchus and lung"},
      {"C34.80", "B", "Malignant neoplasm of overlapping sites of unspecified bronchus and lung"},
      {"C34.81", "B", "Malignant neoplasm of overlapping sites of right bronchus and lung"},
      {"C34.82", "B", "Malignant neoplasm of overlapping sites of left bronchus and lung"},
      {"C34.9", "H", "Malignant neoplasm of unspecified part of bronchus or lung"},
      {"C34.90", "B", "Malignant neoplasm of unspecified part of unspecified bronchus or lung"},
      {"C34.91", "B", "Malignant neoplasm of unspecified part of right bronchus or lung"},
      {"C34.92", "B", "Malignant neoplasm of unspecified part of left bronchus or lung"},
      {"C78", "H", "Secondary malignant neoplasm of respiratory and digestive organs"},
      {"C78.0", "H", "Secondary malignant neoplasm of lung"},
      {"C78.00", "B", "Secondary malignant neoplasm of unspecified lung"},
      {"C78.01", "B", "Secondary malignant neoplasm of right lung"},
      {"C78.02", "B", "Secondary malignant neoplasm of left lung"},
      {"C78.2", "B", "Secondary malignant neoplasm of pleura"},
      {"C78.7", "B", "Secondary malignant neoplasm of liver and intrahepatic bile duct"},
      {"C79", "H", "Secondary malignant neoplasm of other and unspecified sites"},
      {"C79.3", "H", "Secondary malignant neoplasm of brain and cerebral meninges"},
      {"C79.31", "B", "Secondary malignant neoplasm of brain"},
      {"C79.32", "B", "Secondary malignant neoplasm of cerebral meninges"},
      {"C79.5", "H", "Secondary malignant neoplasm of bone and bone marrow"},
      {"C79.51", "B", "Secondary malignant neoplasm of bone"},
      {"C79.52", "B", "Secondary malignant neoplasm of bone marrow"},
      {"C79.7", "H", "Secondary malignant neoplasm of adrenal gland"},
      {"C79.70", "B", "Secondary malignant neoplasm of unspecified adrenal gland"},
      {"C79.71", "B", "Secondary malignant neoplasm of right adrenal gland"},
      {"C79.72", "B", "Secondary malignant neoplasm of left adrenal gland"},
    };
  }

  private final Map<Icd10Code, Icd10Entry> entries;

  private CuratedIcd10CodeSet() {
    Map<Icd10Code, Icd10Entry> map = new TreeMap<>();
    for (String[] row : rows()) {
      Icd10Code code = Icd10Code.of(row[0]);
      map.put(code, Icd10Entry.of(code, row[1].equals("B"), row[2]));
    }
    this.entries = Collections.unmodifiableMap(map);
  }

  @Override
  public String name() {
    return "covercrit curated ICD-10-CM FY2026 subset";
  }

  @Override
  public Optional<Icd10Entry> find(Icd10Code code) {
    return Optional.ofNullable(entries.get(code));
  }

  @Override
  public boolean isAuthoritativeFor(Icd10Code code) {
    return COMPLETE_CATEGORIES.contains(code.category().value());
  }
}
