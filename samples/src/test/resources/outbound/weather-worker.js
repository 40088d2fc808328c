// A weather API in front of an external provider, called with the global fetch().
//   GET /weather/<city>    asks https://api.weather.example/v1/current?city=<city> (with the
//                          key from the var WEATHER_API_KEY) and answers the temperature in
//                          Celsius and Fahrenheit; 404 when the provider does not know the city,
//                          502 when the provider fails.
//   GET /forecast/<city>   asks another provider, https://forecast.other.example/ (a call the
//                          tests do not expect: see OutboundFetchSampleTest).
export default {
  async fetch(request, env) {
    const [, resource, city] = new URL(request.url).pathname.split("/");
    if (resource === "weather" && city) {
      const upstream = await fetch(
        "https://api.weather.example/v1/current?city=" + encodeURIComponent(city),
        { headers: { accept: "application/json", "x-api-key": env.WEATHER_API_KEY } });
      if (upstream.status === 404) return Response.json({ error: "unknown city " + city }, { status: 404 });
      if (!upstream.ok) return Response.json({ error: "provider answered " + upstream.status }, { status: 502 });
      const { tempC, conditions } = await upstream.json();
      return Response.json({ city, celsius: tempC, fahrenheit: Math.round(tempC * 9 / 5 + 32), conditions });
    }
    if (resource === "forecast" && city) {
      try {
        const upstream = await fetch("https://forecast.other.example/" + encodeURIComponent(city));
        return new Response(upstream.body, upstream);
      } catch (error) {
        return Response.json({ error: String(error.message) }, { status: 502 });
      }
    }
    return new Response("not found", { status: 404 });
  },
};
