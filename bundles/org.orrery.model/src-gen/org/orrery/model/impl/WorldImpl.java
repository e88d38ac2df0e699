/**
 * Orrery. Generated from model/orrery.ecore by releng/generate-model.sh: do not edit.
 */
package org.orrery.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.orrery.model.Application;
import org.orrery.model.Cloud;
import org.orrery.model.Experiment;
import org.orrery.model.Federation;
import org.orrery.model.NetworkLink;
import org.orrery.model.OrreryPackage;
import org.orrery.model.OverlayNetwork;
import org.orrery.model.Phone;
import org.orrery.model.World;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>World</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.orrery.model.impl.WorldImpl#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link org.orrery.model.impl.WorldImpl#getClouds <em>Clouds</em>}</li>
 *   <li>{@link org.orrery.model.impl.WorldImpl#getFederations <em>Federations</em>}</li>
 *   <li>{@link org.orrery.model.impl.WorldImpl#getLinks <em>Links</em>}</li>
 *   <li>{@link org.orrery.model.impl.WorldImpl#getOverlays <em>Overlays</em>}</li>
 *   <li>{@link org.orrery.model.impl.WorldImpl#getPhones <em>Phones</em>}</li>
 *   <li>{@link org.orrery.model.impl.WorldImpl#getApplications <em>Applications</em>}</li>
 *   <li>{@link org.orrery.model.impl.WorldImpl#getExperiments <em>Experiments</em>}</li>
 * </ul>
 *
 * @generated
 */
public class WorldImpl extends NamedElementImpl implements World {
	/**
	 * The default value of the '{@link #getFormatVersion() <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatVersion()
	 * @generated
	 * @ordered
	 */
	protected static final int FORMAT_VERSION_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getFormatVersion() <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatVersion()
	 * @generated
	 * @ordered
	 */
	protected int formatVersion = FORMAT_VERSION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getClouds() <em>Clouds</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClouds()
	 * @generated
	 * @ordered
	 */
	protected EList<Cloud> clouds;

	/**
	 * The cached value of the '{@link #getFederations() <em>Federations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFederations()
	 * @generated
	 * @ordered
	 */
	protected EList<Federation> federations;

	/**
	 * The cached value of the '{@link #getLinks() <em>Links</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLinks()
	 * @generated
	 * @ordered
	 */
	protected EList<NetworkLink> links;

	/**
	 * The cached value of the '{@link #getOverlays() <em>Overlays</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOverlays()
	 * @generated
	 * @ordered
	 */
	protected EList<OverlayNetwork> overlays;

	/**
	 * The cached value of the '{@link #getPhones() <em>Phones</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhones()
	 * @generated
	 * @ordered
	 */
	protected EList<Phone> phones;

	/**
	 * The cached value of the '{@link #getApplications() <em>Applications</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApplications()
	 * @generated
	 * @ordered
	 */
	protected EList<Application> applications;

	/**
	 * The cached value of the '{@link #getExperiments() <em>Experiments</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExperiments()
	 * @generated
	 * @ordered
	 */
	protected EList<Experiment> experiments;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected WorldImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return OrreryPackage.Literals.WORLD;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFormatVersion() {
		return formatVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormatVersion(int newFormatVersion) {
		int oldFormatVersion = formatVersion;
		formatVersion = newFormatVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, OrreryPackage.WORLD__FORMAT_VERSION, oldFormatVersion, formatVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Cloud> getClouds() {
		if (clouds == null) {
			clouds = new EObjectContainmentEList<Cloud>(Cloud.class, this, OrreryPackage.WORLD__CLOUDS);
		}
		return clouds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Federation> getFederations() {
		if (federations == null) {
			federations = new EObjectContainmentEList<Federation>(Federation.class, this, OrreryPackage.WORLD__FEDERATIONS);
		}
		return federations;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<NetworkLink> getLinks() {
		if (links == null) {
			links = new EObjectContainmentEList<NetworkLink>(NetworkLink.class, this, OrreryPackage.WORLD__LINKS);
		}
		return links;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<OverlayNetwork> getOverlays() {
		if (overlays == null) {
			overlays = new EObjectContainmentEList<OverlayNetwork>(OverlayNetwork.class, this, OrreryPackage.WORLD__OVERLAYS);
		}
		return overlays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Phone> getPhones() {
		if (phones == null) {
			phones = new EObjectContainmentEList<Phone>(Phone.class, this, OrreryPackage.WORLD__PHONES);
		}
		return phones;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Application> getApplications() {
		if (applications == null) {
			applications = new EObjectContainmentEList<Application>(Application.class, this, OrreryPackage.WORLD__APPLICATIONS);
		}
		return applications;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Experiment> getExperiments() {
		if (experiments == null) {
			experiments = new EObjectContainmentEList<Experiment>(Experiment.class, this, OrreryPackage.WORLD__EXPERIMENTS);
		}
		return experiments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case OrreryPackage.WORLD__CLOUDS:
				return ((InternalEList<?>)getClouds()).basicRemove(otherEnd, msgs);
			case OrreryPackage.WORLD__FEDERATIONS:
				return ((InternalEList<?>)getFederations()).basicRemove(otherEnd, msgs);
			case OrreryPackage.WORLD__LINKS:
				return ((InternalEList<?>)getLinks()).basicRemove(otherEnd, msgs);
			case OrreryPackage.WORLD__OVERLAYS:
				return ((InternalEList<?>)getOverlays()).basicRemove(otherEnd, msgs);
			case OrreryPackage.WORLD__PHONES:
				return ((InternalEList<?>)getPhones()).basicRemove(otherEnd, msgs);
			case OrreryPackage.WORLD__APPLICATIONS:
				return ((InternalEList<?>)getApplications()).basicRemove(otherEnd, msgs);
			case OrreryPackage.WORLD__EXPERIMENTS:
				return ((InternalEList<?>)getExperiments()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case OrreryPackage.WORLD__FORMAT_VERSION:
				return getFormatVersion();
			case OrreryPackage.WORLD__CLOUDS:
				return getClouds();
			case OrreryPackage.WORLD__FEDERATIONS:
				return getFederations();
			case OrreryPackage.WORLD__LINKS:
				return getLinks();
			case OrreryPackage.WORLD__OVERLAYS:
				return getOverlays();
			case OrreryPackage.WORLD__PHONES:
				return getPhones();
			case OrreryPackage.WORLD__APPLICATIONS:
				return getApplications();
			case OrreryPackage.WORLD__EXPERIMENTS:
				return getExperiments();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case OrreryPackage.WORLD__FORMAT_VERSION:
				setFormatVersion((Integer)newValue);
				return;
			case OrreryPackage.WORLD__CLOUDS:
				getClouds().clear();
				getClouds().addAll((Collection<? extends Cloud>)newValue);
				return;
			case OrreryPackage.WORLD__FEDERATIONS:
				getFederations().clear();
				getFederations().addAll((Collection<? extends Federation>)newValue);
				return;
			case OrreryPackage.WORLD__LINKS:
				getLinks().clear();
				getLinks().addAll((Collection<? extends NetworkLink>)newValue);
				return;
			case OrreryPackage.WORLD__OVERLAYS:
				getOverlays().clear();
				getOverlays().addAll((Collection<? extends OverlayNetwork>)newValue);
				return;
			case OrreryPackage.WORLD__PHONES:
				getPhones().clear();
				getPhones().addAll((Collection<? extends Phone>)newValue);
				return;
			case OrreryPackage.WORLD__APPLICATIONS:
				getApplications().clear();
				getApplications().addAll((Collection<? extends Application>)newValue);
				return;
			case OrreryPackage.WORLD__EXPERIMENTS:
				getExperiments().clear();
				getExperiments().addAll((Collection<? extends Experiment>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case OrreryPackage.WORLD__FORMAT_VERSION:
				setFormatVersion(FORMAT_VERSION_EDEFAULT);
				return;
			case OrreryPackage.WORLD__CLOUDS:
				getClouds().clear();
				return;
			case OrreryPackage.WORLD__FEDERATIONS:
				getFederations().clear();
				return;
			case OrreryPackage.WORLD__LINKS:
				getLinks().clear();
				return;
			case OrreryPackage.WORLD__OVERLAYS:
				getOverlays().clear();
				return;
			case OrreryPackage.WORLD__PHONES:
				getPhones().clear();
				return;
			case OrreryPackage.WORLD__APPLICATIONS:
				getApplications().clear();
				return;
			case OrreryPackage.WORLD__EXPERIMENTS:
				getExperiments().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case OrreryPackage.WORLD__FORMAT_VERSION:
				return formatVersion != FORMAT_VERSION_EDEFAULT;
			case OrreryPackage.WORLD__CLOUDS:
				return clouds != null && !clouds.isEmpty();
			case OrreryPackage.WORLD__FEDERATIONS:
				return federations != null && !federations.isEmpty();
			case OrreryPackage.WORLD__LINKS:
				return links != null && !links.isEmpty();
			case OrreryPackage.WORLD__OVERLAYS:
				return overlays != null && !overlays.isEmpty();
			case OrreryPackage.WORLD__PHONES:
				return phones != null && !phones.isEmpty();
			case OrreryPackage.WORLD__APPLICATIONS:
				return applications != null && !applications.isEmpty();
			case OrreryPackage.WORLD__EXPERIMENTS:
				return experiments != null && !experiments.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (formatVersion: ");
		result.append(formatVersion);
		result.append(')');
		return result.toString();
	}

} //WorldImpl
