package com.lumenbridge.catalog.sampledata;

import com.lumenbridge.catalog.product.domain.ProductInput;
import com.lumenbridge.catalog.product.domain.ProductStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Generates a realistic LED catalog, the same one for the same seed. Products come from the product
 * lines a lighting brand actually carries — A60, candle and filament bulbs, GU10 and MR16 spots, T8
 * tubes, panels, downlights, strips, floodlights, high-bays, track spots, drivers, smart bulbs — each
 * with the wattages, efficacies, colour temperatures, CRIs, beam angles, bases and IP ratings of
 * real ranges. About 30 % of the products are for professionals. SKUs are unique and start with
 * the brand prefix; prices are list prices in the given currency.
 */
public final class CatalogGenerator {

    private static final List<Line> LINES = List.of(
        new Line("A60", "bulb", "A60 bulb", 16, 0.05, new double[] {4.9, 5.5, 7, 8.5, 9, 10.5, 11, 13, 15}, 95, 130,
            new String[] {"E27", "E27", "E27", "B22", "E26"}, new int[] {200, 220, 240, 270}, new int[] {2700, 2700, 2700, 3000, 4000, 4000, 6500},
            new int[] {80, 80, 80, 80, 90}, new String[] {"IP20"}, 0.3, "220-240V", new int[] {15_000, 20_000, 25_000}, 150, 45),
        new Line("C35", "bulb", "C35 candle bulb", 8, 0.02, new double[] {2.5, 3.4, 4.9, 5.5}, 90, 120,
            new String[] {"E14", "E14", "E14", "E12"}, new int[] {200, 240, 270}, new int[] {2700, 2700, 3000, 4000},
            new int[] {80, 80, 90}, new String[] {"IP20"}, 0.35, "220-240V", new int[] {15_000, 20_000}, 180, 50),
        new Line("FIL", "bulb", "Filament bulb", 6, 0.0, new double[] {2.2, 4, 5, 7}, 90, 150,
            new String[] {"E27", "E27", "E14"}, new int[] {300, 320, 360}, new int[] {2200, 2700, 2700},
            new int[] {80, 90}, new String[] {"IP20"}, 0.5, "220-240V", new int[] {15_000, 25_000}, 250, 80),
        new Line("GU10", "spotlight", "GU10 spot", 10, 0.2, new double[] {3, 4.7, 5, 6.2, 7}, 70, 100,
            new String[] {"GU10"}, new int[] {24, 36, 36, 40, 60, 100}, new int[] {2700, 3000, 3000, 4000},
            new int[] {80, 80, 90, 95}, new String[] {"IP20"}, 0.5, "220-240V", new int[] {15_000, 25_000}, 220, 60),
        new Line("MR16", "spotlight", "MR16 spot", 4, 0.4, new double[] {3, 4.5, 6.5}, 65, 95,
            new String[] {"GU5.3"}, new int[] {24, 36, 60}, new int[] {2700, 3000, 4000},
            new int[] {80, 90, 95}, new String[] {"IP20"}, 0.4, "12V AC/DC", new int[] {15_000, 25_000}, 260, 70),
        new Line("T8", "tube", "T8 tube", 7, 0.45, new double[] {9, 14, 16, 18, 22, 24}, 110, 160,
            new String[] {"G13"}, new int[] {160, 200, 240}, new int[] {3000, 4000, 4000, 5000, 6500},
            new int[] {80, 83, 90}, new String[] {"IP20"}, 0.05, "220-240V", new int[] {30_000, 50_000}, 300, 40),
        new Line("PNL", "panel", "LED panel", 7, 0.8, new double[] {25, 29, 32, 36, 40}, 100, 140,
            new String[] {"none"}, new int[] {110, 120}, new int[] {3000, 4000, 4000, 4000, 5000, 6500},
            new int[] {80, 80, 90}, new String[] {"IP20", "IP40", "IP44"}, 0.3, "220-240V", new int[] {50_000}, 2500, 60),
        new Line("DL", "downlight", "Downlight", 10, 0.3, new double[] {6, 9, 12, 15, 18, 25}, 80, 120,
            new String[] {"none", "none", "GX53"}, new int[] {36, 60, 90, 100, 120}, new int[] {2700, 3000, 3000, 4000},
            new int[] {80, 90, 97}, new String[] {"IP20", "IP44", "IP54", "IP65"}, 0.5, "220-240V", new int[] {30_000, 50_000}, 900, 90),
        new Line("STR", "strip", "LED strip 5 m", 7, 0.3, new double[] {24, 36, 48, 72, 96}, 80, 150,
            new String[] {"none"}, new int[] {120}, new int[] {2700, 3000, 4000, 6500},
            new int[] {80, 90, 95}, new String[] {"IP20", "IP65", "IP67", "IP68"}, 0.9, "24V DC", new int[] {25_000, 50_000}, 1500, 40),
        new Line("FL", "floodlight", "Floodlight", 7, 0.5, new double[] {10, 20, 30, 50, 100, 150, 200}, 90, 150,
            new String[] {"none"}, new int[] {60, 90, 100, 120}, new int[] {4000, 5000, 6500},
            new int[] {70, 80}, new String[] {"IP65", "IP66", "IP67"}, 0.1, "220-240V", new int[] {30_000, 50_000}, 1200, 25),
        new Line("HB", "high-bay", "UFO high-bay", 4, 0.95, new double[] {100, 150, 200, 240}, 130, 180,
            new String[] {"none"}, new int[] {60, 90, 120}, new int[] {4000, 5000, 5700},
            new int[] {70, 80}, new String[] {"IP65"}, 0.6, "100-277V", new int[] {50_000, 100_000}, 6000, 35),
        new Line("TRK", "track", "Track spot", 5, 0.9, new double[] {10, 15, 20, 30, 40}, 80, 110,
            new String[] {"none"}, new int[] {15, 24, 36, 60}, new int[] {2700, 3000, 3500, 4000},
            new int[] {90, 95, 97}, new String[] {"IP20"}, 0.7, "220-240V", new int[] {40_000, 50_000}, 3500, 120),
        new Line("DRV", "driver", "Constant-voltage driver", 4, 0.5, new double[] {20, 30, 60, 100, 150, 200}, 0, 0,
            new String[] {"none"}, new int[0], new int[0],
            new int[0], new String[] {"IP20", "IP67"}, 0.4, "220-240V", new int[] {50_000}, 900, 25),
        new Line("SMT", "smart", "Smart bulb", 5, 0.0, new double[] {4.7, 5, 9, 10}, 80, 100,
            new String[] {"E27", "E27", "GU10", "E14"}, new int[] {36, 220, 240}, new int[] {2200, 2700, 4000, 6500},
            new int[] {80, 90}, new String[] {"IP20"}, 1.0, "220-240V", new int[] {15_000, 25_000}, 1200, 50));

    private static final int TOTAL_WEIGHT = LINES.stream().mapToInt(Line::weight).sum();

    private final Random random;
    private final String brand;
    private final String currency;
    private int sequence;

    /**
     * @param brand the SKU prefix, e.g. {@code AUR}: upper-case letters and digits
     */
    public CatalogGenerator(long seed, String brand, String currency) {
        if (!brand.matches("[A-Z0-9]{2,12}")) {
            throw new IllegalArgumentException("brand prefix must be 2–12 upper-case letters or digits");
        }
        this.random = new Random(seed);
        this.brand = brand;
        this.currency = currency;
    }

    /** The next {@code count} products, all ACTIVE. */
    public List<GeneratedProduct> generate(int count) {
        List<GeneratedProduct> products = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            products.add(next());
        }
        return products;
    }

    public GeneratedProduct next() {
        Line line = pickLine();
        int seq = ++sequence;
        boolean professional = random.nextDouble() < line.professionalShare;
        double watts = pick(line.watts);
        String base = pick(line.bases);
        String ip = pick(line.ipRatings);
        boolean dimmable = random.nextDouble() < line.dimmableShare;
        String voltage = base.equals("E26") ? "120V" : base.equals("GU5.3") ? "12V AC/DC"
            : professional && line.category.equals("driver") ? "100-277V" : line.voltage;
        int lifetime = pick(line.lifetimes);
        Integer lumens = null;
        Integer cct = null;
        Integer cri = null;
        Integer beam = null;
        double efficacy = 0;
        if (line.emitsLight()) {
            efficacy = line.efficacyMin + random.nextDouble() * (line.efficacyMax - line.efficacyMin);
            if (professional) {
                efficacy = Math.min(line.efficacyMax, efficacy * 1.08);
            }
            lumens = (int) Math.round(watts * efficacy / 5.0) * 5;
            cct = pick(line.ccts);
            cri = professional ? Math.max(pick(line.cris), 90) : pick(line.cris);
            beam = pick(line.beams);
        }
        String energyClass = energyClass(efficacy);
        long price = price(line, watts, professional, cri, dimmable);
        String wattText = BigDecimal.valueOf(watts).stripTrailingZeros().toPlainString();
        String sku = brand + "-" + line.code + "-" + Math.round(watts) + "W" + (cct == null ? "" : "-" + cct)
            + "-" + String.format(Locale.ROOT, "%05d", seq);
        String name = name(line, wattText, lumens, cct, cri, beam, ip, professional, voltage);
        String description = description(line, lumens, cct, cri, ip, dimmable, professional);
        ProductInput input = new ProductInput(sku, name, description, line.category, professional ? "PROFESSIONAL" : "MASS",
            new BigDecimal(wattText), lumens, cct, cri, beam, base, ip, dimmable, voltage, lifetime, energyClass, price,
            currency);
        return new GeneratedProduct(input, ProductStatus.ACTIVE);
    }

    private Line pickLine() {
        int at = random.nextInt(TOTAL_WEIGHT);
        for (Line line : LINES) {
            at -= line.weight;
            if (at < 0) {
                return line;
            }
        }
        throw new IllegalStateException("weights do not add up");
    }

    /** EU energy label classes from total mains efficacy, Regulation (EU) 2019/2015 Annex II. */
    static String energyClass(double efficacy) {
        if (efficacy >= 210) {
            return "A";
        } else if (efficacy >= 185) {
            return "B";
        } else if (efficacy >= 160) {
            return "C";
        } else if (efficacy >= 135) {
            return "D";
        } else if (efficacy >= 110) {
            return "E";
        } else if (efficacy >= 85) {
            return "F";
        }
        return "G";
    }

    private long price(Line line, double watts, boolean professional, Integer cri, boolean dimmable) {
        double cents = line.basePriceMinor + line.pricePerWattMinor * watts;
        if (professional) {
            cents *= 1.6;
        }
        if (cri != null && cri >= 90) {
            cents *= 1.2;
        }
        if (dimmable) {
            cents *= 1.15;
        }
        cents *= 0.9 + random.nextDouble() * 0.2;
        long whole = Math.max(1, Math.round(cents / 100.0));
        return whole * 100 - 1;
    }

    private String name(Line line, String watts, Integer lumens, Integer cct, Integer cri, Integer beam, String ip,
            boolean professional, String voltage) {
        StringBuilder name = new StringBuilder(professional ? line.title + " Pro" : line.title).append(' ').append(watts).append(" W");
        if (line.category.equals("driver")) {
            return name.append(' ').append(voltage).append(' ').append(ip).toString();
        }
        if (line.category.equals("spotlight") || line.category.equals("track") || line.category.equals("high-bay")) {
            name.append(' ').append(beam).append('°');
        }
        name.append(' ').append(lumens).append(" lm ").append(cct).append(" K");
        if (cri >= 90) {
            name.append(" CRI ").append(cri);
        }
        if (!ip.equals("IP20")) {
            name.append(' ').append(ip);
        }
        return name.toString();
    }

    private String description(Line line, Integer lumens, Integer cct, Integer cri, String ip, boolean dimmable,
            boolean professional) {
        StringBuilder text = new StringBuilder();
        if (cct != null) {
            text.append(cct <= 3000 ? "Warm white" : cct <= 4500 ? "Neutral white" : cct <= 6500 ? "Cool white" : "Daylight")
                .append(" light from an energy-saving LED ")
                .append(line.title.replaceFirst("^LED ", "").toLowerCase(Locale.ROOT)).append('.');
        } else {
            text.append("Power supply for LED strips and modules.");
        }
        if (dimmable) {
            text.append(" Dimmable.");
        }
        if (cri != null && cri >= 90) {
            text.append(" High colour rendering for shops, galleries and hospitality.");
        }
        int protection = ip.equals("IP69K") ? 9 : ip.charAt(3) - '0';
        if (protection >= 5) {
            text.append(" Waterproof, for outdoor use.");
        } else if (protection >= 4) {
            text.append(" Splash-proof, suitable for bathrooms.");
        }
        if (professional) {
            text.append(" Professional range with a five-year warranty.");
        }
        if (lumens != null && lumens >= 800 && lumens < 1100 && line.category.equals("bulb")) {
            text.append(" Replaces a 60 W incandescent bulb.");
        }
        return text.toString();
    }

    private int pick(int[] values) {
        return values[random.nextInt(values.length)];
    }

    private double pick(double[] values) {
        return values[random.nextInt(values.length)];
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private record Line(String code, String category, String title, int weight, double professionalShare,
            double[] watts, double efficacyMin, double efficacyMax, String[] bases, int[] beams, int[] ccts, int[] cris,
            String[] ipRatings, double dimmableShare, String voltage, int[] lifetimes, double basePriceMinor,
            double pricePerWattMinor) {

        boolean emitsLight() {
            return ccts.length > 0;
        }
    }
}
