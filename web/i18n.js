/* attache web UI: labels in Vietnamese (default) and English.
 *
 * AttacheI18n.t(lang, key, vars) gives a UI string; AttacheI18n.code(lang,
 * group, value) gives the label of a code from the knowledge base (event type,
 * framework, area, metric, agreement kind, status, qualifier, statistic),
 * falling back to the code itself with underscores as spaces. */
(function () {
  'use strict';

  var ui = {
    vi: {
      app_name: 'attache',
      app_tagline: 'Ngoại giao quốc phòng',
      nav_dashboard: 'Tổng quan',
      nav_events: 'Sự kiện',
      nav_search: 'Tìm kiếm',
      lang_toggle: 'EN',
      lang_toggle_title: 'Switch to English',
      quick_search_placeholder: 'Tìm trong văn bản…',
      loading: 'Đang tải…',
      error_title: 'Không tải được dữ liệu',
      error_network: 'Không kết nối được máy chủ.',
      not_found: 'Không tìm thấy trang này.',
      none: '—',
      no_rows: 'Không có dữ liệu.',
      dashboard_title: 'Tổng quan',
      dashboard_lead: 'Hoạt động đối ngoại quốc phòng của Việt Nam theo tin tức, mỗi dữ kiện gắn với câu nguồn.',
      chart_months: 'Sự kiện theo tháng và loại',
      chart_figures: 'Số liệu được công bố theo thời gian',
      chart_figures_undated: '{n} số liệu không rõ năm không được vẽ.',
      chart_months_undated: '{n} sự kiện không rõ tháng không có trên biểu đồ.',
      network_title: 'Mạng lưới đối tác',
      network_hint: 'Kích thước nút và độ gần tâm: số sự kiện; màu: khuôn khổ quan hệ. Bấm vào một nước để xem hồ sơ.',
      network_none: 'Chưa xác định',
      download: 'Tải về:',
      download_people: 'Mạng lưới nhân vật (GEXF)',
      partners_title: 'Đối tác',
      col_partner: 'Đối tác',
      col_framework: 'Khuôn khổ quan hệ',
      col_events: 'Sự kiện',
      col_by_type: 'Theo loại',
      col_agreements: 'Văn kiện',
      col_first: 'Lần đầu',
      col_last: 'Gần nhất',
      col_date: 'Ngày',
      col_type: 'Loại',
      col_countries: 'Các nước',
      col_mechanism: 'Cơ chế',
      col_place: 'Địa điểm',
      col_participants: 'Người tham gia',
      col_sources: 'Nguồn',
      col_name: 'Họ tên',
      col_rank: 'Cấp bậc',
      col_position: 'Chức vụ',
      col_country: 'Nước',
      col_kind: 'Loại văn kiện',
      col_title: 'Tên văn kiện',
      col_status: 'Tình trạng',
      col_period: 'Giai đoạn',
      col_source: 'Nguồn',
      col_as_of: 'Thời điểm',
      col_since: 'Từ năm',
      col_evidence: 'Câu nguồn',
      col_metric: 'Chỉ số',
      col_value: 'Giá trị',
      col_event: 'Sự kiện',
      col_together: 'Số lần gặp',
      col_first_seen: 'Xuất hiện đầu',
      col_last_seen: 'Xuất hiện cuối',
      col_published: 'Ngày đăng',
      events_title: 'Sự kiện',
      filter_partner: 'Đối tác',
      filter_type: 'Loại sự kiện',
      filter_since: 'Từ',
      filter_until: 'Đến',
      filter_person: 'Người tham gia',
      filter_mechanism: 'Cơ chế',
      filter_area: 'Lĩnh vực',
      filter_any: 'Tất cả',
      filter_date_placeholder: 'NNNN[-TT[-NN]]',
      filter_apply: 'Lọc',
      filter_reset: 'Xóa bộ lọc',
      events_count: 'Đang hiển thị {n} sự kiện',
      events_more: 'Xem thêm',
      event_title: 'Sự kiện',
      event_dates: 'Thời gian',
      event_evidence: 'Câu nguồn',
      edit_title: 'Sửa ngày (người phân tích)',
      edit_token: 'Mã truy cập',
      edit_note: 'Lý do',
      edit_save: 'Lưu',
      edit_saving: 'Đang lưu…',
      history_title: 'Các thay đổi',
      history_when: 'Lúc',
      history_who: 'Người sửa',
      history_what: 'Thay đổi',
      history_old: 'Giá trị cũ',
      history_new: 'Giá trị mới',
      history_undone: 'đã hoàn tác',
      history_undo: 'Hoàn tác',
      edit_reject: 'Loại sự kiện',
      participants_title: 'Người tham gia',
      agreements_title: 'Văn kiện',
      areas_title: 'Lĩnh vực hợp tác',
      sources_title: 'Nguồn tin',
      source_open: 'Xem văn bản',
      source_original: 'Bài gốc',
      source_title: 'Văn bản nguồn',
      source_outlet: 'Báo',
      source_lang: 'Ngôn ngữ',
      source_sentences: 'Các câu',
      partner_title: 'Hồ sơ đối tác',
      frameworks_title: 'Khuôn khổ quan hệ qua thời gian',
      people_title: 'Nhân vật',
      figures_title: 'Số liệu',
      partner_events: 'Sự kiện với đối tác',
      person_title: 'Nhân vật',
      offices_title: 'Cấp bậc và chức vụ qua thời gian',
      met_title: 'Đã gặp',
      person_events: 'Sự kiện',
      search_title: 'Tìm kiếm',
      search_placeholder: 'Từ khóa, ví dụ: quoc phong (không cần dấu)',
      search_button: 'Tìm',
      search_hint: 'Không phân biệt hoa thường và dấu thanh.',
      search_count: '{n} kết quả',
      search_none: 'Không có kết quả.',
      untitled: '(không có tiêu đề)',
      year_unknown: 'năm không rõ',
      external_link_note: '(mở trang ngoài)'
    },
    en: {
      app_name: 'attache',
      app_tagline: 'Defense diplomacy',
      nav_dashboard: 'Dashboard',
      nav_events: 'Events',
      nav_search: 'Search',
      lang_toggle: 'VI',
      lang_toggle_title: 'Chuyển sang tiếng Việt',
      quick_search_placeholder: 'Search the texts…',
      loading: 'Loading…',
      error_title: 'Could not load the data',
      error_network: 'The server could not be reached.',
      not_found: 'This page does not exist.',
      none: '—',
      no_rows: 'Nothing here.',
      dashboard_title: 'Dashboard',
      dashboard_lead: 'Vietnam\u2019s defense diplomacy as reported in the news, every fact tied to its source sentence.',
      chart_months: 'Events per month, by type',
      chart_figures: 'Reported figures over time',
      chart_figures_undated: '{n} figures without a known year are not plotted.',
      chart_months_undated: '{n} events without a known month are not shown.',
      network_title: 'Partner network',
      network_hint: 'Node size and nearness to the centre: number of events; colour: framework of relations. Click a state to open its profile.',
      download: 'Download:',
      download_people: 'People network (GEXF)',
      network_none: 'Not stated',
      partners_title: 'Partners',
      col_partner: 'Partner',
      col_framework: 'Framework',
      col_events: 'Events',
      col_by_type: 'By type',
      col_agreements: 'Agreements',
      col_first: 'First',
      col_last: 'Latest',
      col_date: 'Date',
      col_type: 'Type',
      col_countries: 'States',
      col_mechanism: 'Mechanism',
      col_place: 'Place',
      col_participants: 'Participants',
      col_sources: 'Sources',
      col_name: 'Name',
      col_rank: 'Rank',
      col_position: 'Position',
      col_country: 'Country',
      col_kind: 'Kind',
      col_title: 'Title',
      col_status: 'Status',
      col_period: 'Period',
      col_source: 'Source',
      col_as_of: 'As of',
      col_since: 'Since',
      col_evidence: 'Evidence',
      col_metric: 'Metric',
      col_value: 'Value',
      col_event: 'Event',
      col_together: 'Meetings',
      col_first_seen: 'First seen',
      col_last_seen: 'Last seen',
      col_published: 'Published',
      events_title: 'Events',
      filter_partner: 'Partner',
      filter_type: 'Event type',
      filter_since: 'Since',
      filter_until: 'Until',
      filter_person: 'Participant',
      filter_mechanism: 'Mechanism',
      filter_area: 'Area',
      filter_any: 'Any',
      filter_date_placeholder: 'YYYY[-MM[-DD]]',
      filter_apply: 'Filter',
      filter_reset: 'Clear filters',
      events_count: 'Showing {n} events',
      events_more: 'More',
      event_title: 'Event',
      event_dates: 'When',
      event_evidence: 'Evidence',
      edit_title: 'Correct the date (analyst)',
      edit_token: 'Token',
      edit_note: 'Why',
      edit_save: 'Save',
      edit_saving: 'Saving…',
      history_title: 'Changes',
      history_when: 'When',
      history_who: 'Who',
      history_what: 'Change',
      history_old: 'Old value',
      history_new: 'New value',
      history_undone: 'undone',
      history_undo: 'Undo',
      edit_reject: 'Reject the event',
      participants_title: 'Participants',
      agreements_title: 'Agreements',
      areas_title: 'Areas of cooperation',
      sources_title: 'Sources',
      source_open: 'Read the text',
      source_original: 'Original article',
      source_title: 'Source document',
      source_outlet: 'Outlet',
      source_lang: 'Language',
      source_sentences: 'Sentences',
      partner_title: 'Partner profile',
      frameworks_title: 'Framework of relations over time',
      people_title: 'People',
      figures_title: 'Figures',
      partner_events: 'Events with this partner',
      person_title: 'Person',
      offices_title: 'Ranks and offices over time',
      met_title: 'Met',
      person_events: 'Events',
      search_title: 'Search',
      search_placeholder: 'Words, e.g. quoc phong (tone marks optional)',
      search_button: 'Search',
      search_hint: 'Case and Vietnamese tone marks are ignored.',
      search_count: '{n} matches',
      search_none: 'No matches.',
      untitled: '(untitled)',
      year_unknown: 'year unknown',
      external_link_note: '(external site)'
    }
  };

  var codes = {
    vi: {
      type: {
        reception: 'Tiếp đón', talks: 'Hội đàm', call: 'Điện đàm', visit: 'Chuyến thăm',
        dialogue: 'Đối thoại', multilateral: 'Đa phương', signing: 'Ký kết',
        port_call: 'Tàu thăm cảng', exercise: 'Diễn tập', exchange: 'Giao lưu',
        meeting: 'Hội nghị, gặp mặt'
      },
      framework: {
        comprehensive_strategic_partnership: 'Đối tác chiến lược toàn diện',
        strategic_partnership: 'Đối tác chiến lược',
        comprehensive_partnership: 'Đối tác toàn diện',
        traditional_friendship: 'Hữu nghị truyền thống',
        special_relationship: 'Quan hệ đặc biệt'
      },
      area: {
        training: 'Đào tạo', peacekeeping: 'Gìn giữ hòa bình', war_legacy: 'Khắc phục hậu quả chiến tranh',
        military_medicine: 'Quân y', defense_industry: 'Công nghiệp quốc phòng',
        military_trade: 'Thương mại quân sự', hydrography: 'Thủy đạc, hải đồ',
        military_science: 'Khoa học quân sự', maritime_security: 'An ninh biển', border: 'Biên giới',
        search_rescue: 'Tìm kiếm cứu nạn', cyber: 'An ninh mạng', political_education: 'Công tác đảng, chính trị',
        information: 'Thông tin, truyền thông', logistics: 'Hậu cần', technical: 'Kỹ thuật quân sự',
        delegation_exchange: 'Trao đổi đoàn', strategic_dialogue: 'Đối thoại chiến lược', other: 'Khác'
      },
      metric: {
        defense_partners: 'Số nước có quan hệ quốc phòng',
        resident_attache_offices_abroad: 'Cơ quan tùy viên quốc phòng của Việt Nam ở nước ngoài',
        foreign_resident_attache_offices: 'Nước đặt cơ quan tùy viên thường trú tại Việt Nam',
        foreign_concurrent_attache: 'Nước có tùy viên kiêm nhiệm',
        agreements_signed: 'Văn kiện hợp tác đã ký',
        peacekeepers_deployed: 'Lực lượng gìn giữ hòa bình đã cử',
        other: 'Khác'
      },
      kind: {
        mou: 'Bản ghi nhớ', agreement: 'Thỏa thuận, hiệp định', letter_of_intent: 'Ý định thư',
        joint_vision_statement: 'Tuyên bố tầm nhìn chung', joint_statement: 'Tuyên bố chung',
        plan: 'Kế hoạch hợp tác', protocol: 'Nghị định thư', minutes: 'Biên bản', contract: 'Hợp đồng',
        other: 'Khác'
      },
      status: { signed: 'Đã ký', planned: 'Dự kiến ký', existing: 'Đã ký trước đó' },
      qualifier: { exact: '', more_than: 'hơn', about: 'khoảng', at_least: 'ít nhất' },
      stat: {
        sources: 'Văn bản nguồn', sentences: 'Câu', events: 'Sự kiện', people: 'Nhân vật',
        agreements: 'Văn kiện', figures: 'Số liệu', relations: 'Khuôn khổ quan hệ', partners: 'Đối tác'
      },
      lang: { vi: 'Tiếng Việt', en: 'Tiếng Anh' }
    },
    en: {
      type: {
        reception: 'Reception', talks: 'Talks', call: 'Phone/video call', visit: 'Visit',
        dialogue: 'Dialogue', multilateral: 'Multilateral', signing: 'Signing',
        port_call: 'Port call', exercise: 'Exercise', exchange: 'Exchange', meeting: 'Meeting'
      },
      framework: {
        comprehensive_strategic_partnership: 'Comprehensive strategic partnership',
        strategic_partnership: 'Strategic partnership',
        comprehensive_partnership: 'Comprehensive partnership',
        traditional_friendship: 'Traditional friendship',
        special_relationship: 'Special relationship'
      },
      area: {
        training: 'Training', peacekeeping: 'Peacekeeping', war_legacy: 'War legacy',
        military_medicine: 'Military medicine', defense_industry: 'Defense industry',
        military_trade: 'Military trade', hydrography: 'Hydrography',
        military_science: 'Military science', maritime_security: 'Maritime security', border: 'Border',
        search_rescue: 'Search and rescue', cyber: 'Cyber security', political_education: 'Political education',
        information: 'Information', logistics: 'Logistics', technical: 'Military technology',
        delegation_exchange: 'Delegation exchange', strategic_dialogue: 'Strategic dialogue', other: 'Other'
      },
      metric: {
        defense_partners: 'States with defense relations',
        resident_attache_offices_abroad: 'Vietnam\u2019s resident attaché offices abroad',
        foreign_resident_attache_offices: 'Foreign resident attaché offices in Vietnam',
        foreign_concurrent_attache: 'Foreign concurrently accredited attachés',
        agreements_signed: 'Cooperation documents signed',
        peacekeepers_deployed: 'Peacekeepers deployed',
        other: 'Other'
      },
      kind: {
        mou: 'Memorandum of understanding', agreement: 'Agreement', letter_of_intent: 'Letter of intent',
        joint_vision_statement: 'Joint vision statement', joint_statement: 'Joint statement',
        plan: 'Cooperation plan', protocol: 'Protocol', minutes: 'Minutes', contract: 'Contract',
        other: 'Other'
      },
      status: { signed: 'Signed', planned: 'Planned', existing: 'Signed earlier' },
      qualifier: { exact: '', more_than: 'more than', about: 'about', at_least: 'at least' },
      stat: {
        sources: 'Source documents', sentences: 'Sentences', events: 'Events', people: 'People',
        agreements: 'Agreements', figures: 'Figures', relations: 'Relations', partners: 'Partners'
      },
      lang: { vi: 'Vietnamese', en: 'English' }
    }
  };

  var months = {
    vi: null,
    en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
  };

  function pick(lang) { return lang === 'en' ? 'en' : 'vi'; }

  function t(lang, key, vars) {
    var s = ui[pick(lang)][key];
    if (s === undefined) s = ui.vi[key];
    if (s === undefined) return key;
    if (vars) {
      s = s.replace(/\{(\w+)\}/g, function (m, name) {
        return Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : m;
      });
    }
    return s;
  }

  function code(lang, group, value) {
    if (value === null || value === undefined || value === '') return '';
    var table = codes[pick(lang)][group];
    if (table && Object.prototype.hasOwnProperty.call(table, value)) return table[value];
    return String(value).replace(/_/g, ' ');
  }

  function codeList(group) {
    return Object.keys(codes.en[group] || {});
  }

  globalThis.AttacheI18n = Object.freeze({
    t: t,
    code: code,
    codeList: codeList,
    months: months,
    languages: ['vi', 'en']
  });
})();
