package io.covercrit.fhir.internal;

import java.util.Map;
import java.util.Optional;

/**
 * The code tables of the mapping. Each code is the published one (LOINC, NUCC, SNOMED CT, the
 * FHIR condition-severity value set); a code not listed here is reported, never guessed.
 */
public final class Terminology {
  private Terminology() {}

  /** LOINC → {@code Analyte} name. */
  static final Map<String, String> LOINC_ANALYTES = Map.ofEntries(
      Map.entry("711-2", "BLOOD_EOSINOPHILS"), // Eosinophils [#/volume] in Blood by Automated count
      Map.entry("26449-9", "BLOOD_EOSINOPHILS"), // Eosinophils [#/volume] in Blood
      Map.entry("1988-5", "C_REACTIVE_PROTEIN"), // C reactive protein [Mass/volume] in Serum or Plasma
      Map.entry("30522-7", "C_REACTIVE_PROTEIN"), // the same, by high sensitivity method
      Map.entry("20150-9", "FEV1"), // FEV1 [Volume] Respiratory system by Spirometry: litres
      Map.entry("20152-5", "FEV1_PERCENT_PREDICTED"), // FEV1 measured/predicted
      Map.entry("19926-5", "FEV1_FVC_RATIO"), // FEV1/FVC
      Map.entry("19113-0", "TOTAL_IGE"), // IgE [Units/volume] in Serum or Plasma
      Map.entry("3084-1", "SERUM_URATE"), // Urate [Mass/volume] in Serum or Plasma
      Map.entry("777-3", "PLATELETS"), // Platelets [#/volume] in Blood by Automated count
      Map.entry("751-8", "NEUTROPHILS"), // Neutrophils [#/volume] in Blood by Automated count
      Map.entry("718-7", "HEMOGLOBIN"), // Hemoglobin [Mass/volume] in Blood
      Map.entry("29463-7", "BODY_WEIGHT")); // Body weight

  /** LOINC codes that look like a listed analyte but are not it. */
  static final Map<String, String> LOINC_LOOKALIKES = Map.of(
      "713-8", "eosinophils per 100 leukocytes (%), not a count: the policies ask for cells per volume",
      "20157-4", "FEV1 before bronchodilation in litres, not % predicted");

  /** NUCC Health Care Provider Taxonomy → {@code Specialty} name. */
  static final Map<String, String> NUCC_SPECIALTIES = Map.ofEntries(
      Map.entry("207N00000X", "DERMATOLOGY"),
      Map.entry("207K00000X", "ALLERGY"), // Allergy & Immunology: both, see below
      Map.entry("207KA0200X", "ALLERGY"),
      Map.entry("207KI0005X", "IMMUNOLOGY"),
      Map.entry("207RP1001X", "PULMONOLOGY"),
      Map.entry("207RR0500X", "RHEUMATOLOGY"),
      Map.entry("207RG0100X", "GASTROENTEROLOGY"),
      Map.entry("207RX0202X", "ONCOLOGY"),
      Map.entry("207RH0000X", "HEMATOLOGY"),
      Map.entry("207RH0003X", "ONCOLOGY"), // Hematology & Oncology: both, see below
      Map.entry("207RN0300X", "NEPHROLOGY"),
      Map.entry("207RC0000X", "CARDIOLOGY"),
      Map.entry("207RI0200X", "INFECTIOUS_DISEASE"),
      Map.entry("2084N0400X", "NEUROLOGY"),
      Map.entry("207W00000X", "OPHTHALMOLOGY"),
      Map.entry("207Y00000X", "OTOLARYNGOLOGY"),
      Map.entry("207SG0201X", "MEDICAL_GENETICS"),
      Map.entry("208000000X", "PEDIATRICS"),
      Map.entry("207R00000X", "INTERNAL_MEDICINE"),
      Map.entry("207Q00000X", "FAMILY_MEDICINE"),
      Map.entry("363L00000X", "NURSE_PRACTITIONER"),
      Map.entry("363A00000X", "PHYSICIAN_ASSISTANT"));

  /** NUCC codes that name two specialties at once. */
  static final Map<String, String> NUCC_SECOND_SPECIALTY = Map.of(
      "207K00000X", "IMMUNOLOGY",
      "207RH0003X", "HEMATOLOGY");

  /** FHIR condition-severity (SNOMED CT) → {@code DiseaseSeverity} name. */
  static final Map<String, String> SEVERITIES = Map.of(
      "255604002", "MILD", "6736007", "MODERATE", "24484000", "SEVERE");

  static Optional<String> analyte(String loinc) {
    return Optional.ofNullable(LOINC_ANALYTES.get(loinc));
  }
}
