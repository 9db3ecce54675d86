package org.smartlibrary.deploy.bench;

/** Reads figures out of a service's Prometheus text ({@code /q/metrics}). */
final class PrometheusText {

    private PrometheusText() {
    }

    /**
     * The sum of the samples of {@code name} (exactly that name, any labels) whose label set contains
     * {@code labels} ({@code ""}: every sample); 0 when there is none.
     */
    static double sum(String text, String name, String labels) {
        double sum = 0;
        for (String line : text.split("\n")) {
            if (line.startsWith("#") || !line.startsWith(name)) {
                continue;
            }
            String rest = line.substring(name.length());
            if (!(rest.startsWith("{") || rest.startsWith(" ")) || !rest.contains(labels)) {
                continue;
            }
            String[] fields = line.trim().split(" ");
            try {
                sum += Double.parseDouble(fields[fields.length - 1]);
            } catch (NumberFormatException e) {
                // a sample without a value is not counted
            }
        }
        return sum;
    }
}
