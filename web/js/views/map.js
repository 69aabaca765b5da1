/* #/map: the partners on a map of the world (filled by framework, shaded by
 * events) and the places of events (circles by the country they were held
 * in). Leaflet draws it, from boundaries of Natural Earth (world-atlas, as
 * TopoJSON) and countries' centres (world-countries), all served by
 * attache itself from web/node_modules: no tiles, nothing from elsewhere. */

import * as L from '/vendor/leaflet.js';
import {
  FRAMEWORK_COLORS, SUBJECT, state, t, label, h, route_, fmtNumber, loadPartners, fetchAll, countryName, section
} from '../core.js';

function getJson(url) {
  return fetch(url, { credentials: 'same-origin' }).then(function (r) {
    if (!r.ok) throw new Error(url + ': HTTP ' + r.status);
    return r.json();
  });
}

/* A ring that crosses the 180th meridian (Russia's east, Fiji) would be drawn
 * as a band across the world: its western longitudes are carried past 180. */
function unwrap(geometry) {
  if (!geometry) return;
  var polygons = geometry.type === 'Polygon' ? [geometry.coordinates]
    : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
  polygons.forEach(function (rings) {
    rings.forEach(function (ring) {
      var east = ring.some(function (p) { return p[0] > 150; });
      var west = ring.some(function (p) { return p[0] < -150; });
      if (east && west) ring.forEach(function (p) { if (p[0] < 0) p[0] += 360; });
    });
  });
}

export function viewMap(ctx) {
  return Promise.all([getJson('/vendor/countries-50m.json'), getJson('/vendor/world-countries.json'), loadPartners(),
    fetchAll('events', null, 'events')]).then(function (res) {
    var world = res[0], countries = res[1], partners = res[2], events = res[3];
    var byNumeric = {}, centre = {};
    countries.forEach(function (c) {
      if (c.ccn3) byNumeric[c.ccn3] = c.cca2;
      if (c.latlng) centre[c.cca2] = c.latlng;
    });
    var partnerOf = {};
    partners.forEach(function (p) { partnerOf[p.partner] = p; });
    var held = {};
    events.forEach(function (e) {
      var c = e.location_country;
      if (c) held[c] = (held[c] || 0) + 1;
    });
    var maxEvents = 1;
    partners.forEach(function (p) { maxEvents = Math.max(maxEvents, Number(p.events) || 0); });

    var root = h('section', { id: 'map-view', className: 'view' }, h('h1', null, t('map_title')),
      h('p', { className: 'lead' }, t('map_lead')));
    var mapBox = h('div', { id: 'map', className: 'map', role: 'application', 'aria-label': t('map_title'), dataset: { ready: 'false' } });
    var legend = h('ul', { className: 'legend', id: 'map-legend' });
    Object.keys(FRAMEWORK_COLORS).forEach(function (fw) {
      var sw = h('span', { className: 'swatch' });
      sw.style.backgroundColor = FRAMEWORK_COLORS[fw];
      legend.appendChild(h('li', null, sw, fw === 'none' ? t('network_none') : label('framework', fw)));
    });
    var ring = h('span', { className: 'swatch ring' });
    legend.appendChild(h('li', null, ring, t('map_held_in')));
    root.appendChild(section(t('map_title'), [mapBox, legend, h('p', { className: 'note' }, t('map_note'))]));
    return {
      node: root,
      title: t('map_title'),
      mount: function () {
        /* no animations: a view left mid-zoom must not leave a timer behind */
        var map = L.map(mapBox, { center: [16, 106], zoom: 2, minZoom: 1, maxZoom: 7, worldCopyJump: true,
          attributionControl: true, zoomSnap: 0.5, zoomAnimation: false, fadeAnimation: false, markerZoomAnimation: false });
        map.attributionControl.setPrefix(false);
        map.attributionControl.addAttribution('Natural Earth');
        var features = globalThis.topojson.feature(world, world.objects.countries).features;
        features.forEach(function (f) { unwrap(f.geometry); });
        var shown = 0;
        var shapes = L.geoJSON(features, {
          style: function (f) {
            var code = byNumeric[f.id];
            var p = code && partnerOf[code];
            if (code === SUBJECT) return { fillColor: '#0f172a', fillOpacity: 0.85, color: '#fff', weight: 0.6 };
            if (!p) return { fillColor: '#e2e8f0', fillOpacity: 1, color: '#fff', weight: 0.4 };
            return { fillColor: FRAMEWORK_COLORS[p.framework] || FRAMEWORK_COLORS.none,
              fillOpacity: 0.35 + 0.6 * Math.min(1, (Number(p.events) || 0) / maxEvents), color: '#fff', weight: 0.6 };
          },
          onEachFeature: function (f, layer) {
            var code = byNumeric[f.id];
            var p = code && partnerOf[code];
            if (!p) return;
            shown++;
            layer.bindTooltip(countryName(code, p) + ' · ' + t('map_tooltip', { e: fmtNumber(p.events), a: fmtNumber(p.agreements) }), { sticky: true });
            layer.on('click', function () { location.hash = route_(['partner', code]); });
          }
        }).addTo(map);
        var places = L.layerGroup();
        Object.keys(held).forEach(function (code) {
          if (!centre[code]) return;
          L.circleMarker(centre[code], { radius: 4 + 3 * Math.sqrt(held[code]), color: '#b45309', weight: 2,
            fillColor: '#f59e0b', fillOpacity: 0.35 })
            .bindTooltip(t('map_held_tooltip', { c: countryName(code), n: fmtNumber(held[code]) }))
            .addTo(places);
        });
        places.addTo(map);
        /* the world on a wide screen; on a phone, Asia and the Pacific, where most partners are */
        var narrow = mapBox.clientWidth < 600;
        map.fitBounds(narrow ? [[-40, 60], [55, 160]] : [[-50, -165], [72, 185]], { animate: false });
        var overlays = {};
        overlays[t('map_layer_partners')] = shapes;
        overlays[t('map_layer_places')] = places;
        /* not collapsed: its icon is an image of Leaflet's that is not served */
        L.control.layers(null, overlays, { collapsed: false }).addTo(map);
        state.map = map;
        globalThis.attacheMap = map;
        mapBox.dataset.partners = String(shown);
        mapBox.dataset.places = String(places.getLayers().length);
        mapBox.dataset.ready = 'true';
      }
    };
  });
}
