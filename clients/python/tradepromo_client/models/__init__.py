""" Contains all the data models used in inputs/outputs """

from .amount_total import AmountTotal
from .amount_total_basis import AmountTotalBasis
from .change import Change
from .change_after_type_0 import ChangeAfterType0
from .change_before_type_0 import ChangeBeforeType0
from .change_fields import ChangeFields
from .change_fields_after_type_0 import ChangeFieldsAfterType0
from .change_fields_before_type_0 import ChangeFieldsBeforeType0
from .change_page import ChangePage
from .citation import Citation
from .citation_fields import CitationFields
from .count import Count
from .count_basis import CountBasis
from .count_qualifier import CountQualifier
from .deal import Deal
from .deal_fields import DealFields
from .deal_fields_inferred_item import DealFieldsInferredItem
from .deal_fields_kind import DealFieldsKind
from .deal_fields_scope import DealFieldsScope
from .deal_group import DealGroup
from .deal_inferred_item import DealInferredItem
from .deal_kind import DealKind
from .deal_page import DealPage
from .deal_patch import DealPatch
from .deal_patch_inferred_type_0_item import DealPatchInferredType0Item
from .deal_patch_kind import DealPatchKind
from .deal_patch_scope import DealPatchScope
from .deal_scope import DealScope
from .deal_stats import DealStats
from .deal_stats_group_by import DealStatsGroupBy
from .delegation import Delegation
from .delegation_fields import DelegationFields
from .delegation_fields_inferred_item import DelegationFieldsInferredItem
from .delegation_fields_kind import DelegationFieldsKind
from .delegation_inferred_item import DelegationInferredItem
from .delegation_kind import DelegationKind
from .delegation_page import DelegationPage
from .delegation_patch import DelegationPatch
from .delegation_patch_inferred_type_0_item import DelegationPatchInferredType0Item
from .delegation_patch_kind import DelegationPatchKind
from .expo import Expo
from .expo_fields import ExpoFields
from .expo_fields_inferred_item import ExpoFieldsInferredItem
from .expo_fields_kind import ExpoFieldsKind
from .expo_group import ExpoGroup
from .expo_inferred_item import ExpoInferredItem
from .expo_kind import ExpoKind
from .expo_page import ExpoPage
from .expo_patch import ExpoPatch
from .expo_patch_inferred_type_0_item import ExpoPatchInferredType0Item
from .expo_patch_kind import ExpoPatchKind
from .expo_stats import ExpoStats
from .expo_stats_group_by import ExpoStatsGroupBy
from .facet_value import FacetValue
from .get_deal_expand_item import GetDealExpandItem
from .get_deal_fields_item import GetDealFieldsItem
from .get_deal_stats_basis_item import GetDealStatsBasisItem
from .get_deal_stats_currency_item import GetDealStatsCurrencyItem
from .get_deal_stats_group_by import GetDealStatsGroupBy
from .get_deal_stats_inferred_type_1_item import GetDealStatsInferredType1Item
from .get_deal_stats_kind_item import GetDealStatsKindItem
from .get_deal_stats_qualifier_item import GetDealStatsQualifierItem
from .get_deal_stats_scope_item import GetDealStatsScopeItem
from .get_delegation_expand_item import GetDelegationExpandItem
from .get_delegation_fields_item import GetDelegationFieldsItem
from .get_expo_expand_item import GetExpoExpandItem
from .get_expo_fields_item import GetExpoFieldsItem
from .get_expo_stats_group_by import GetExpoStatsGroupBy
from .get_expo_stats_inferred_type_1_item import GetExpoStatsInferredType1Item
from .get_expo_stats_kind_item import GetExpoStatsKindItem
from .get_organization_expand_item import GetOrganizationExpandItem
from .get_organization_fields_item import GetOrganizationFieldsItem
from .get_source_fields_item import GetSourceFieldsItem
from .health import Health
from .list_changes_fields_item import ListChangesFieldsItem
from .list_changes_format import ListChangesFormat
from .list_changes_operation_item import ListChangesOperationItem
from .list_changes_resource_item import ListChangesResourceItem
from .list_changes_sort_item import ListChangesSortItem
from .list_deals_basis_item import ListDealsBasisItem
from .list_deals_currency_item import ListDealsCurrencyItem
from .list_deals_expand_item import ListDealsExpandItem
from .list_deals_facet_item import ListDealsFacetItem
from .list_deals_fields_item import ListDealsFieldsItem
from .list_deals_format import ListDealsFormat
from .list_deals_inferred_type_1_item import ListDealsInferredType1Item
from .list_deals_kind_item import ListDealsKindItem
from .list_deals_qualifier_item import ListDealsQualifierItem
from .list_deals_scope_item import ListDealsScopeItem
from .list_deals_sort_item import ListDealsSortItem
from .list_delegation_deals_basis_item import ListDelegationDealsBasisItem
from .list_delegation_deals_currency_item import ListDelegationDealsCurrencyItem
from .list_delegation_deals_expand_item import ListDelegationDealsExpandItem
from .list_delegation_deals_facet_item import ListDelegationDealsFacetItem
from .list_delegation_deals_fields_item import ListDelegationDealsFieldsItem
from .list_delegation_deals_format import ListDelegationDealsFormat
from .list_delegation_deals_inferred_type_1_item import ListDelegationDealsInferredType1Item
from .list_delegation_deals_kind_item import ListDelegationDealsKindItem
from .list_delegation_deals_qualifier_item import ListDelegationDealsQualifierItem
from .list_delegation_deals_scope_item import ListDelegationDealsScopeItem
from .list_delegation_deals_sort_item import ListDelegationDealsSortItem
from .list_delegations_expand_item import ListDelegationsExpandItem
from .list_delegations_facet_item import ListDelegationsFacetItem
from .list_delegations_fields_item import ListDelegationsFieldsItem
from .list_delegations_format import ListDelegationsFormat
from .list_delegations_inferred_type_1_item import ListDelegationsInferredType1Item
from .list_delegations_kind_item import ListDelegationsKindItem
from .list_delegations_sort_item import ListDelegationsSortItem
from .list_expo_deals_basis_item import ListExpoDealsBasisItem
from .list_expo_deals_currency_item import ListExpoDealsCurrencyItem
from .list_expo_deals_expand_item import ListExpoDealsExpandItem
from .list_expo_deals_facet_item import ListExpoDealsFacetItem
from .list_expo_deals_fields_item import ListExpoDealsFieldsItem
from .list_expo_deals_format import ListExpoDealsFormat
from .list_expo_deals_inferred_type_1_item import ListExpoDealsInferredType1Item
from .list_expo_deals_kind_item import ListExpoDealsKindItem
from .list_expo_deals_qualifier_item import ListExpoDealsQualifierItem
from .list_expo_deals_scope_item import ListExpoDealsScopeItem
from .list_expo_deals_sort_item import ListExpoDealsSortItem
from .list_expo_delegations_expand_item import ListExpoDelegationsExpandItem
from .list_expo_delegations_facet_item import ListExpoDelegationsFacetItem
from .list_expo_delegations_fields_item import ListExpoDelegationsFieldsItem
from .list_expo_delegations_format import ListExpoDelegationsFormat
from .list_expo_delegations_inferred_type_1_item import ListExpoDelegationsInferredType1Item
from .list_expo_delegations_kind_item import ListExpoDelegationsKindItem
from .list_expo_delegations_sort_item import ListExpoDelegationsSortItem
from .list_expos_expand_item import ListExposExpandItem
from .list_expos_facet_item import ListExposFacetItem
from .list_expos_fields_item import ListExposFieldsItem
from .list_expos_format import ListExposFormat
from .list_expos_inferred_type_1_item import ListExposInferredType1Item
from .list_expos_kind_item import ListExposKindItem
from .list_expos_sort_item import ListExposSortItem
from .list_organization_deals_basis_item import ListOrganizationDealsBasisItem
from .list_organization_deals_currency_item import ListOrganizationDealsCurrencyItem
from .list_organization_deals_expand_item import ListOrganizationDealsExpandItem
from .list_organization_deals_facet_item import ListOrganizationDealsFacetItem
from .list_organization_deals_fields_item import ListOrganizationDealsFieldsItem
from .list_organization_deals_format import ListOrganizationDealsFormat
from .list_organization_deals_inferred_type_1_item import ListOrganizationDealsInferredType1Item
from .list_organization_deals_kind_item import ListOrganizationDealsKindItem
from .list_organization_deals_qualifier_item import ListOrganizationDealsQualifierItem
from .list_organization_deals_scope_item import ListOrganizationDealsScopeItem
from .list_organization_deals_sort_item import ListOrganizationDealsSortItem
from .list_organizations_expand_item import ListOrganizationsExpandItem
from .list_organizations_facet_item import ListOrganizationsFacetItem
from .list_organizations_fields_item import ListOrganizationsFieldsItem
from .list_organizations_format import ListOrganizationsFormat
from .list_organizations_inferred_type_1_item import ListOrganizationsInferredType1Item
from .list_organizations_kind_item import ListOrganizationsKindItem
from .list_organizations_sort_item import ListOrganizationsSortItem
from .list_sources_fields_item import ListSourcesFieldsItem
from .list_sources_format import ListSourcesFormat
from .list_sources_sort_item import ListSourcesSortItem
from .list_tokens_fields_item import ListTokensFieldsItem
from .list_tokens_format import ListTokensFormat
from .list_tokens_scope_item import ListTokensScopeItem
from .list_tokens_sort_item import ListTokensSortItem
from .money import Money
from .money_basis import MoneyBasis
from .money_currency import MoneyCurrency
from .money_qualifier import MoneyQualifier
from .new_token import NewToken
from .new_token_scope import NewTokenScope
from .official import Official
from .organization import Organization
from .organization_fields import OrganizationFields
from .organization_fields_inferred_item import OrganizationFieldsInferredItem
from .organization_fields_kind import OrganizationFieldsKind
from .organization_inferred_item import OrganizationInferredItem
from .organization_kind import OrganizationKind
from .organization_page import OrganizationPage
from .organization_patch import OrganizationPatch
from .organization_patch_inferred_type_0_item import OrganizationPatchInferredType0Item
from .organization_patch_kind import OrganizationPatchKind
from .page_links import PageLinks
from .page_meta import PageMeta
from .page_meta_facets import PageMetaFacets
from .party import Party
from .party_fields import PartyFields
from .party_fields_role import PartyFieldsRole
from .party_role import PartyRole
from .period import Period
from .problem import Problem
from .problem_error import ProblemError
from .selector import Selector
from .selector_type import SelectorType
from .source import Source
from .source_fields import SourceFields
from .source_page import SourcePage
from .source_patch import SourcePatch
from .source_record import SourceRecord
from .source_record_page import SourceRecordPage
from .source_record_resource import SourceRecordResource
from .status import Status
from .token import Token
from .token_fields import TokenFields
from .token_fields_scope import TokenFieldsScope
from .token_page import TokenPage
from .token_scope import TokenScope

__all__ = (
    "AmountTotal",
    "AmountTotalBasis",
    "Change",
    "ChangeAfterType0",
    "ChangeBeforeType0",
    "ChangeFields",
    "ChangeFieldsAfterType0",
    "ChangeFieldsBeforeType0",
    "ChangePage",
    "Citation",
    "CitationFields",
    "Count",
    "CountBasis",
    "CountQualifier",
    "Deal",
    "DealFields",
    "DealFieldsInferredItem",
    "DealFieldsKind",
    "DealFieldsScope",
    "DealGroup",
    "DealInferredItem",
    "DealKind",
    "DealPage",
    "DealPatch",
    "DealPatchInferredType0Item",
    "DealPatchKind",
    "DealPatchScope",
    "DealScope",
    "DealStats",
    "DealStatsGroupBy",
    "Delegation",
    "DelegationFields",
    "DelegationFieldsInferredItem",
    "DelegationFieldsKind",
    "DelegationInferredItem",
    "DelegationKind",
    "DelegationPage",
    "DelegationPatch",
    "DelegationPatchInferredType0Item",
    "DelegationPatchKind",
    "Expo",
    "ExpoFields",
    "ExpoFieldsInferredItem",
    "ExpoFieldsKind",
    "ExpoGroup",
    "ExpoInferredItem",
    "ExpoKind",
    "ExpoPage",
    "ExpoPatch",
    "ExpoPatchInferredType0Item",
    "ExpoPatchKind",
    "ExpoStats",
    "ExpoStatsGroupBy",
    "FacetValue",
    "GetDealExpandItem",
    "GetDealFieldsItem",
    "GetDealStatsBasisItem",
    "GetDealStatsCurrencyItem",
    "GetDealStatsGroupBy",
    "GetDealStatsInferredType1Item",
    "GetDealStatsKindItem",
    "GetDealStatsQualifierItem",
    "GetDealStatsScopeItem",
    "GetDelegationExpandItem",
    "GetDelegationFieldsItem",
    "GetExpoExpandItem",
    "GetExpoFieldsItem",
    "GetExpoStatsGroupBy",
    "GetExpoStatsInferredType1Item",
    "GetExpoStatsKindItem",
    "GetOrganizationExpandItem",
    "GetOrganizationFieldsItem",
    "GetSourceFieldsItem",
    "Health",
    "ListChangesFieldsItem",
    "ListChangesFormat",
    "ListChangesOperationItem",
    "ListChangesResourceItem",
    "ListChangesSortItem",
    "ListDealsBasisItem",
    "ListDealsCurrencyItem",
    "ListDealsExpandItem",
    "ListDealsFacetItem",
    "ListDealsFieldsItem",
    "ListDealsFormat",
    "ListDealsInferredType1Item",
    "ListDealsKindItem",
    "ListDealsQualifierItem",
    "ListDealsScopeItem",
    "ListDealsSortItem",
    "ListDelegationDealsBasisItem",
    "ListDelegationDealsCurrencyItem",
    "ListDelegationDealsExpandItem",
    "ListDelegationDealsFacetItem",
    "ListDelegationDealsFieldsItem",
    "ListDelegationDealsFormat",
    "ListDelegationDealsInferredType1Item",
    "ListDelegationDealsKindItem",
    "ListDelegationDealsQualifierItem",
    "ListDelegationDealsScopeItem",
    "ListDelegationDealsSortItem",
    "ListDelegationsExpandItem",
    "ListDelegationsFacetItem",
    "ListDelegationsFieldsItem",
    "ListDelegationsFormat",
    "ListDelegationsInferredType1Item",
    "ListDelegationsKindItem",
    "ListDelegationsSortItem",
    "ListExpoDealsBasisItem",
    "ListExpoDealsCurrencyItem",
    "ListExpoDealsExpandItem",
    "ListExpoDealsFacetItem",
    "ListExpoDealsFieldsItem",
    "ListExpoDealsFormat",
    "ListExpoDealsInferredType1Item",
    "ListExpoDealsKindItem",
    "ListExpoDealsQualifierItem",
    "ListExpoDealsScopeItem",
    "ListExpoDealsSortItem",
    "ListExpoDelegationsExpandItem",
    "ListExpoDelegationsFacetItem",
    "ListExpoDelegationsFieldsItem",
    "ListExpoDelegationsFormat",
    "ListExpoDelegationsInferredType1Item",
    "ListExpoDelegationsKindItem",
    "ListExpoDelegationsSortItem",
    "ListExposExpandItem",
    "ListExposFacetItem",
    "ListExposFieldsItem",
    "ListExposFormat",
    "ListExposInferredType1Item",
    "ListExposKindItem",
    "ListExposSortItem",
    "ListOrganizationDealsBasisItem",
    "ListOrganizationDealsCurrencyItem",
    "ListOrganizationDealsExpandItem",
    "ListOrganizationDealsFacetItem",
    "ListOrganizationDealsFieldsItem",
    "ListOrganizationDealsFormat",
    "ListOrganizationDealsInferredType1Item",
    "ListOrganizationDealsKindItem",
    "ListOrganizationDealsQualifierItem",
    "ListOrganizationDealsScopeItem",
    "ListOrganizationDealsSortItem",
    "ListOrganizationsExpandItem",
    "ListOrganizationsFacetItem",
    "ListOrganizationsFieldsItem",
    "ListOrganizationsFormat",
    "ListOrganizationsInferredType1Item",
    "ListOrganizationsKindItem",
    "ListOrganizationsSortItem",
    "ListSourcesFieldsItem",
    "ListSourcesFormat",
    "ListSourcesSortItem",
    "ListTokensFieldsItem",
    "ListTokensFormat",
    "ListTokensScopeItem",
    "ListTokensSortItem",
    "Money",
    "MoneyBasis",
    "MoneyCurrency",
    "MoneyQualifier",
    "NewToken",
    "NewTokenScope",
    "Official",
    "Organization",
    "OrganizationFields",
    "OrganizationFieldsInferredItem",
    "OrganizationFieldsKind",
    "OrganizationInferredItem",
    "OrganizationKind",
    "OrganizationPage",
    "OrganizationPatch",
    "OrganizationPatchInferredType0Item",
    "OrganizationPatchKind",
    "PageLinks",
    "PageMeta",
    "PageMetaFacets",
    "Party",
    "PartyFields",
    "PartyFieldsRole",
    "PartyRole",
    "Period",
    "Problem",
    "ProblemError",
    "Selector",
    "SelectorType",
    "Source",
    "SourceFields",
    "SourcePage",
    "SourcePatch",
    "SourceRecord",
    "SourceRecordPage",
    "SourceRecordResource",
    "Status",
    "Token",
    "TokenFields",
    "TokenFieldsScope",
    "TokenPage",
    "TokenScope",
)
